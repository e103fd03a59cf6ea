package dk.kk.tillid.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The candidates of a {@code srcset}, parsed as the HTML standard does (by hand: jsoup leaves attribute values
 * alone): a URL may itself contain commas, descriptors end at a comma outside parentheses, and a candidate with
 * descriptors the standard does not accept is dropped.
 */
final class SrcsetCandidates {

    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("[0-9]+");
    private static final Pattern FLOATING_POINT = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    /** One URL with whether a browser may select it. */
    private record Candidate(String url, boolean valid) {
    }

    private SrcsetCandidates() {
    }

    /** Every URL written, dropped candidates included: a missing file is worth reporting either way. */
    static List<String> urls(String srcset) {
        return parse(srcset).stream().map(Candidate::url).toList();
    }

    /** Whether a browser has at least one candidate to choose from. */
    static boolean hasCandidate(String srcset) {
        return parse(srcset).stream().anyMatch(Candidate::valid);
    }

    private static List<Candidate> parse(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        int at = 0;
        int length = srcset.length();
        while (true) {
            while (at < length && (isSpace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            if (at >= length) {
                return candidates;
            }
            int start = at;
            while (at < length && !isSpace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            if (url.endsWith(",")) {
                candidates.add(new Candidate(url.replaceFirst(",+$", ""), true));
                continue;
            }
            List<String> descriptors = new ArrayList<>();
            at = readDescriptors(srcset, at, descriptors);
            candidates.add(new Candidate(url, areValid(descriptors)));
        }
    }

    /** The standard's descriptor tokenizer: blanks split descriptors except inside parentheses. */
    private static int readDescriptors(String srcset, int from, List<String> descriptors) {
        StringBuilder current = new StringBuilder();
        boolean inParentheses = false;
        int at = from;
        for (; at < srcset.length(); at++) {
            char c = srcset.charAt(at);
            if (inParentheses) {
                current.append(c);
                inParentheses = c != ')';
            } else if (c == ',') {
                at++;
                break;
            } else if (isSpace(c)) {
                flush(current, descriptors);
            } else {
                current.append(c);
                inParentheses = c == '(';
            }
        }
        flush(current, descriptors);
        return at;
    }

    private static void flush(StringBuilder current, List<String> descriptors) {
        if (current.length() > 0) {
            descriptors.add(current.toString());
            current.setLength(0);
        }
    }

    /** At most one width ({@code 100w}) or one density ({@code 2x}), and a height ({@code 50h}) only beside a width. */
    private static boolean areValid(List<String> descriptors) {
        boolean width = false;
        boolean density = false;
        boolean height = false;
        for (String descriptor : descriptors) {
            String number = descriptor.substring(0, descriptor.length() - 1);
            switch (descriptor.charAt(descriptor.length() - 1)) {
                case 'w' -> {
                    if (width || density || !isPositiveInteger(number)) {
                        return false;
                    }
                    width = true;
                }
                case 'x' -> {
                    if (width || density || height || !FLOATING_POINT.matcher(number).matches() || Double.parseDouble(number) < 0) {
                        return false;
                    }
                    density = true;
                }
                case 'h' -> {
                    if (height || density || !isPositiveInteger(number)) {
                        return false;
                    }
                    height = true;
                }
                default -> {
                    return false;
                }
            }
        }
        return !height || width;
    }

    private static boolean isPositiveInteger(String number) {
        return NON_NEGATIVE_INTEGER.matcher(number).matches() && !number.chars().allMatch(c -> c == '0');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
