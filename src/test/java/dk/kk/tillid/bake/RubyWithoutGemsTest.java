package dk.kk.tillid.bake;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asciidoctor starts without RubyGems (the slower half of JRuby's start), yet every gem AsciidoctorJ's jar
 * carries is still found: a page that asks for one of them (a syntax highlighter, a stem notation) converts as
 * it did with RubyGems, which is loaded when Ruby's own library needs it (Rouge reads YAML).
 */
class RubyWithoutGemsTest {

    @Test
    void theJarsGemsAreOnTheLoadPathAtTheirRequirePaths() {
        List<String> paths = GemPaths.of(JRubyAsciidoctor.class);
        assertTrue(paths.stream().anyMatch(p -> p.matches("uri:classloader:/gems/asciidoctor-[0-9.]+/lib")), "" + paths);
        assertTrue(paths.stream().anyMatch(p -> p.matches("uri:classloader:/gems/rouge-[0-9.]+/lib")), "" + paths);
        assertTrue(paths.stream().anyMatch(p -> p.matches("uri:classloader:/gems/concurrent-ruby-[0-9.]+/lib/concurrent-ruby")),
                "a gemspec's own require path, not lib: " + paths);
        assertEquals(List.of(), GemPaths.of(RubyWithoutGemsTest.class), "test classes are a folder, not a jar");
    }

    @Test
    void aPageAskingForAGemItsJarCarriesConvertsWithoutRubyGems() {
        // A runtime of its own: the shared one has loaded RubyGems for good once any earlier test in this JVM
        // highlighted a listing or read YAML, as here.
        JRubyRuntimeContext.get(AsciidoctorRuntime.get()).evalScriptlet("Gem::VERSION");
        try (Asciidoctor asciidoctor = AsciidoctorRuntime.create()) {
            String plain = asciidoctor.convert(String.join("\n", "= Side", "", "stem:[sqrt(4)]", ""),
                    Options.builder().safe(SafeMode.UNSAFE).build());
            assertTrue(plain.contains("\\$sqrt(4)\\$"), plain);
            assertEquals("nej", JRubyRuntimeContext.get(asciidoctor)
                    .evalScriptlet("$LOADED_FEATURES.any? { |f| f.end_with?('/rubygems.rb') } ? 'ja' : 'nej'").toString(),
                    "RubyGems is not loaded for a plain page");

            String html = asciidoctor.convert(String.join("\n", "= Side", ":source-highlighter: rouge", "",
                    "[source,java]", "----", "int svar = 42;", "----", ""),
                    Options.builder().safe(SafeMode.UNSAFE).build());
            assertTrue(html.contains("class=\"rouge highlight\""), "rouge colours the listing: " + html);
            assertTrue(html.contains("<span class=\"kt\">int</span>"), html);
        }
    }
}
