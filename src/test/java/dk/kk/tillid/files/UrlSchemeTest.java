package dk.kk.tillid.files;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scheme a browser sees in an attribute: what decides whether a link is javascript:, mailto: or relative. */
class UrlSchemeTest {

    @Test
    void controlsAndSpacesAroundAndTabsOrNewlinesInsideDoNotHideAScheme() {
        assertEquals(Optional.of("javascript"), UrlScheme.of("\u0001java\tscript:alert(1)"));
        assertEquals(Optional.of("javascript"), UrlScheme.of(" \n JAVA\r\nSCRIPT:x \u0000"));
        assertEquals("javascript:x", UrlScheme.clean("\u0000 java\nscript:x\u001f "));
    }

    @Test
    void cleaningKeepsWhatIsNotAControlOrSpace() {
        assertEquals("!a b!", UrlScheme.clean("!a b!"), "a space inside stays; ! is the first character above space");
        assertEquals("ab", UrlScheme.clean("\ta\tb\t"));
        assertEquals("", UrlScheme.clean(" \t "));
        assertEquals("a", UrlScheme.clean("a"));
    }

    @Test
    void aSchemeIsALetterThenLettersDigitsPlusMinusOrDotsBeforeTheColon() {
        assertEquals(Optional.of("a"), UrlScheme.scheme("a:"));
        assertEquals(Optional.of("z"), UrlScheme.scheme("Z:x"));
        assertEquals(Optional.of("az09+-."), UrlScheme.scheme("AZ09+-.:x"));
        assertEquals(Optional.of("mailto"), UrlScheme.scheme("mailto:a@b.dk"));
    }

    @Test
    void aRelativeUrlHasNoScheme() {
        for (String relative : new String[] {"", "side.html", "../a:b", "9a:x", "a b:x", "a/b:c", "a_b:x", "#x:y",
                "@:x", "[:x", "`:x", "{:x", "a@:x", "a/:x", "a::"}) {
            Optional<String> expected = relative.equals("a::") ? Optional.of("a") : Optional.empty();
            assertEquals(expected, UrlScheme.scheme(relative), relative);
        }
    }
}
