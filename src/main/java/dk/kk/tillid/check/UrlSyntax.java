package dk.kk.tillid.check;

import java.math.BigInteger;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the URL standard's parser fails on an absolute URL with a special scheme (http, https, ws, wss, ftp),
 * so that a browser requests nothing. Only the host and port can make such a URL fail: the parser percent-encodes
 * whatever else it meets in the path, query, fragment and user info.
 */
final class UrlSyntax {

    private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp");
    private static final int MAX_PORT = 65535;
    // The forbidden domain code points of the URL standard, except the C0 controls and DEL tested apart.
    private static final String FORBIDDEN = " #%/:<>?@[\\]^|";
    private static final Pattern LEADING_ZERO_OCTET = Pattern.compile("(?:^|[.:])0[0-9][0-9.]*$");

    private UrlSyntax() {
    }

    /**
     * Why the parser fails on {@code cleaned}, in Danish, or empty when it does not or when only the page's own
     * scheme could tell: {@code http:x} with fewer than two slashes is relative on an http page but not on an
     * https one, so it is left alone.
     */
    static Optional<String> failure(String cleaned) {
        Optional<String> scheme = UrlResolver.scheme(cleaned);
        String rest;
        if (scheme.isPresent()) {
            if (!SPECIAL.contains(scheme.get())) {
                return Optional.empty();
            }
            rest = cleaned.substring(scheme.get().length() + 1);
        } else {
            rest = cleaned;
        }
        // By hand: java.net.URI reads RFC 2396 and accepts //////, a port of :____ and a host of 1.2.3.256, which the URL standard rejects.
        int slashes = 0;
        while (slashes < rest.length() && isSlash(rest.charAt(slashes))) {
            slashes++;
        }
        if (slashes < 2) {
            return Optional.empty();
        }
        int end = slashes;
        while (end < rest.length() && !isSlash(rest.charAt(end)) && rest.charAt(end) != '?' && rest.charAt(end) != '#') {
            end++;
        }
        return authorityFailure(rest.substring(slashes, end));
    }

    private static Optional<String> authorityFailure(String authority) {
        int at = authority.lastIndexOf('@');
        String hostAndPort = authority.substring(at + 1);
        int colon = portColon(hostAndPort);
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        if (host.isEmpty()) {
            return Optional.of("adressen har intet værtsnavn, så browseren henter intet");
        }
        if (colon >= 0) {
            String port = hostAndPort.substring(colon + 1);
            if (!port.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (!port.isEmpty() && new BigInteger(port).compareTo(BigInteger.valueOf(MAX_PORT)) > 0)) {
                return Optional.of("porten \"" + port + "\" er ikke et tal fra 0 til " + MAX_PORT);
            }
        }
        return hostFailure(host);
    }

    /** The first ':' outside brackets, where the parser's host state hands over to the port. */
    private static int portColon(String hostAndPort) {
        boolean inBrackets = false;
        for (int i = 0; i < hostAndPort.length(); i++) {
            char c = hostAndPort.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (c == ':' && !inBrackets) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> hostFailure(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && isIpv6(host.substring(1, host.length() - 1))
                    ? Optional.empty()
                    : Optional.of("\"" + host + "\" er ikke en gyldig IPv6-adresse");
        }
        Optional<String> decoded = PercentDecoding.decode(host);
        if (decoded.isEmpty()) {
            return Optional.of("værtsnavnet \"" + host + "\" er ikke gyldig UTF-8-procentkodning");
        }
        Optional<String> ascii = domainToAscii(decoded.get());
        if (ascii.isEmpty()) {
            return Optional.of("værtsnavnet \"" + host + "\" er ikke et gyldigt internationalt domænenavn");
        }
        String domain = ascii.get();
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                String shown = c == ' ' ? "mellemrum" : Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "\"" + c + "\"";
                return Optional.of("værtsnavnet \"" + host + "\" indeholder " + shown + ", som ikke må stå i et værtsnavn");
            }
        }
        if (endsInANumber(domain) && !isIpv4(domain)) {
            return Optional.of("værtsnavnet \"" + host + "\" ender på et tal, men er ikke en gyldig IPv4-adresse");
        }
        return Optional.empty();
    }

    /**
     * The URL standard's domain to ASCII: an ASCII name is only lower-cased; others go through the JDK's IDNA,
     * whose 2003 rules give the same verdict as UTS #46 for names an editor would write. Neither checks that an
     * {@code xn--} label is valid Punycode, as UTS #46 would.
     */
    private static Optional<String> domainToAscii(String domain) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(domain)) {
            return Optional.of(domain.toLowerCase(Locale.ROOT));
        }
        try {
            return Optional.of(IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // By hand: the JDK has no IPv4 parser of the URL standard's kind (InetAddress reads other forms and may look names up).
    private static boolean endsInANumber(String domain) {
        List<String> parts = labels(domain);
        String last = parts.get(parts.size() - 1);
        return (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) || ipv4Number(last).isPresent();
    }

    /** The dot-separated parts of a non-empty host, less the empty one after a final dot. */
    private static List<String> labels(String domain) {
        List<String> parts = new ArrayList<>(Arrays.asList(domain.split("\\.", -1)));
        if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    private static boolean isIpv4(String domain) {
        List<String> parts = labels(domain);
        if (parts.size() > 4) {
            return false;
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            Optional<BigInteger> number = ipv4Number(part);
            if (number.isEmpty()) {
                return false;
            }
            numbers.add(number.get());
        }
        BigInteger octet = BigInteger.valueOf(256);
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(BigInteger.valueOf(255)) > 0) {
                return false;
            }
        }
        return numbers.get(numbers.size() - 1).compareTo(octet.pow(5 - numbers.size())) < 0;
    }

    /** A decimal, 0x-hexadecimal or 0-octal number, as the URL standard's IPv4 number parser reads it; ASCII only. */
    private static Optional<BigInteger> ipv4Number(String part) {
        if (part.isEmpty()) {
            return Optional.empty();
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return Optional.of(BigInteger.ZERO);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new BigInteger(digits, radix));
    }

    /**
     * The JDK's RFC 2732 parser, less what the URL standard forbids beyond it: a zone id after '%' and an
     * embedded IPv4 octet with a leading zero.
     */
    private static boolean isIpv6(String address) {
        if (address.contains("%") || (address.contains(".") && LEADING_ZERO_OCTET.matcher(address).find())) {
            return false;
        }
        try {
            new URI("http://[" + address + "]/").parseServerAuthority();
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }
}
