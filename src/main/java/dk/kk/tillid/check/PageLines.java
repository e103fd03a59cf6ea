package dk.kk.tillid.check;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

import java.util.Arrays;

/**
 * 1-based line numbers of a parsed page, computed from jsoup's character positions: jsoup's own line numbers
 * drift inside raw text such as a {@code <style>} block further down a page, its positions do not.
 */
final class PageLines {

    private final int[] lineStarts;

    PageLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Like the HTML tokenizer: CRLF, CR and LF each end a line.
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    int lineAt(int position) {
        int found = Arrays.binarySearch(lineStarts, Math.max(0, position));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The line the attribute's name is on, or the element's line when the parser did not track it. */
    int of(Element element, String attribute) {
        Range name = element.attributes().sourceRange(attribute).nameRange();
        return name.isTracked() ? lineAt(name.startPos()) : of(element);
    }

    int of(Node node) {
        return lineAt(node.sourceRange().startPos());
    }
}
