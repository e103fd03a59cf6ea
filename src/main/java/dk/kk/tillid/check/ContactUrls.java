package dk.kk.tillid.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Whether {@code mailto:} and {@code tel:} links hold something a mail program or phone can use. */
final class ContactUrls {

    // An addr-spec with a dotted domain: RFC 6068 allows no display names, and a domain without a dot is
    // almost always a typo on a public site. Letters beyond ASCII are allowed, as in internationalised mail.
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");
    private static final String DIALLED_SYMBOLS = "*#,";
    private static final Pattern VISUAL_SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final List<String> ADDRESS_HEADERS = List.of("to", "cc", "bcc");

    private ContactUrls() {
    }

    /** {@code mailto:a@b.dk,c@d.dk?subject=…}: at least one address, and every address well-formed. */
    static boolean isValidMailto(String url) {
        String rest = url.substring("mailto:".length());
        int query = rest.indexOf('?');
        List<String> addresses = new ArrayList<>(addressList(query < 0 ? rest : rest.substring(0, query)));
        if (query >= 0) {
            for (String header : rest.substring(query + 1).split("&")) {
                int equals = header.indexOf('=');
                if (equals > 0 && ADDRESS_HEADERS.contains(header.substring(0, equals).toLowerCase(Locale.ROOT))) {
                    addresses.addAll(addressList(header.substring(equals + 1)));
                }
            }
        }
        return !addresses.isEmpty() && addresses.stream().allMatch(address -> ADDRESS.matcher(address).matches());
    }

    private static List<String> addressList(String encoded) {
        String decoded = PercentDecoding.decode(encoded).orElse(encoded);
        return decoded.isBlank() ? List.of() : Arrays.stream(decoded.split(",", -1)).map(String::strip).toList();
    }

    /**
     * {@code tel:+45 33 66 33 66,12;ext=3}: digits, maybe a leading '+', RFC 3966's visual separators and the
     * blanks people type, '*' and '#' for service codes, and ',' for the dial pause phones use; parameters after
     * ';' are the phone's business. At least one digit, or there is nothing to dial.
     *
     * @return why a phone cannot dial it, in Danish, or empty when it can
     */
    static Optional<String> telProblem(String url) {
        String number = url.substring("tel:".length());
        int parameters = number.indexOf(';');
        if (parameters >= 0) {
            number = number.substring(0, parameters);
        }
        number = PercentDecoding.decode(number).orElse(number);
        String dialled = VISUAL_SEPARATORS.matcher(number).replaceAll("");
        if (dialled.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("intet telefonnummer: der er ingen cifre");
        }
        for (int i = 0; i < dialled.length(); i++) {
            char c = dialled.charAt(i);
            if (!(c >= '0' && c <= '9') && DIALLED_SYMBOLS.indexOf(c) < 0 && !(c == '+' && i == 0)) {
                return Optional.of("\"" + c + "\" kan ikke ringes op; skriv cifre, + forrest, * # , og skilletegnene - . ( ) eller mellemrum");
            }
        }
        return Optional.empty();
    }
}
