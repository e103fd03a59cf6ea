package dk.kk.tillid.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the URL standard's parser fails on an absolute URL, and the many odd URLs it accepts. */
class UrlSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "//////|adressen har intet værtsnavn, så browseren henter intet",
            "http://|adressen har intet værtsnavn, så browseren henter intet",
            "https:///|adressen har intet værtsnavn, så browseren henter intet",
            "https://:80/|adressen har intet værtsnavn, så browseren henter intet",
            "https://a:b@/|adressen har intet værtsnavn, så browseren henter intet",
            "wss://?x|adressen har intet værtsnavn, så browseren henter intet",
            "http:\\\\|adressen har intet værtsnavn, så browseren henter intet",
            "http://127.0.0.1:____|porten \"____\" er ikke et tal fra 0 til 65535",
            "http://x:65536|porten \"65536\" er ikke et tal fra 0 til 65535",
            "http://x:99999999999999999999|porten \"99999999999999999999\" er ikke et tal fra 0 til 65535",
            "http://x:8o|porten \"8o\" er ikke et tal fra 0 til 65535",
            "http://x:-1|porten \"-1\" er ikke et tal fra 0 til 65535",
            "https://exa mple.com/|værtsnavnet \"exa mple.com\" indeholder mellemrum, som ikke må stå i et værtsnavn",
            "https://a^b/|værtsnavnet \"a^b\" indeholder \"^\", som ikke må stå i et værtsnavn",
            "https://a<b/|værtsnavnet \"a<b\" indeholder \"<\", som ikke må stå i et værtsnavn",
            "https://a%25b/|værtsnavnet \"a%25b\" indeholder \"%\", som ikke må stå i et værtsnavn",
            "https://a%00b/|værtsnavnet \"a%00b\" indeholder U+0000, som ikke må stå i et værtsnavn",
            "https://a%7Fb/|værtsnavnet \"a%7Fb\" indeholder U+007F, som ikke må stå i et værtsnavn",
            "https://a]b/|værtsnavnet \"a]b\" indeholder \"]\", som ikke må stå i et værtsnavn",
            "https://%C3/|værtsnavnet \"%C3\" er ikke gyldig UTF-8-procentkodning",
            "https://%C2%AD/|værtsnavnet \"%C2%AD\" er ikke et gyldigt internationalt domænenavn",
            "http://1.2.3.256/|værtsnavnet \"1.2.3.256\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://1.2.3.4.5/|værtsnavnet \"1.2.3.4.5\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://09/|værtsnavnet \"09\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://example.0x/|værtsnavnet \"example.0x\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://4294967296/|værtsnavnet \"4294967296\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://1.256.1/|værtsnavnet \"1.256.1\" ender på et tal, men er ikke en gyldig IPv4-adresse",
            "http://[::1|\"[::1\" er ikke en gyldig IPv6-adresse",
            "http://[1::2::3]/|\"[1::2::3]\" er ikke en gyldig IPv6-adresse",
            "http://[1.2.3.4]/|\"[1.2.3.4]\" er ikke en gyldig IPv6-adresse",
            "http://[::ffff:01.2.3.4]/|\"[::ffff:01.2.3.4]\" er ikke en gyldig IPv6-adresse",
            "http://[g::]/|\"[g::]\" er ikke en gyldig IPv6-adresse"})
    void failsAsTheUrlStandardsParserDoes(String url, String reason) {
        assertEquals(Optional.of(reason), UrlSyntax.failure(url));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"https://example.com", "HTTPS://EXAMPLE.COM:443", "https://example.com:/", "http://x:0",
            "http://x:65535", "http://x:9", "http://255.255.255.255/", "http://x:00080", "https://u:p@s@example.com/", "https://example.com/a b?c d#e f", "https:///x",
            "https://a..b/", "https://example.com./", "https://under_streg.dk/", "https://københavn.dk/", "https://xn--kbenhavn-54a.dk/",
            "https://%65xample.com/", "https://[::1]:8080/", "https://[::ffff:192.0.2.1]/", "https://[0:0:0:0:0:0:0:1]/",
            "http://0x7f.1/", "http://127.1/", "http://4294967295/", "http://192.168.0.1./", "http://0300.0250.0.1/",
            "https://example.com\\x", "\\\\example.com", "ws://example.com", "ftp://example.com/fil",
            "http:side.html", "https:/side.html", "http:", "mailto:a@b.dk", "tel:112", "file:///", "data:,x", "x.html", "/x", "",
            "foo://", "ftp://example.com:21"})
    void acceptsWhatTheParserAccepts(String url) {
        assertEquals(Optional.empty(), UrlSyntax.failure(url));
    }
}
