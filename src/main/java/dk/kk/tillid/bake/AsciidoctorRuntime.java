package dk.kk.tillid.bake;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.asciidoctor.log.LogRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * One Asciidoctor (one JRuby) per JVM: starting JRuby costs seconds, so a warm preview must reuse it.
 * Each conversion routes Asciidoctor's log and the parsed document to the thread that asked for it.
 */
final class AsciidoctorRuntime {
    private static final ThreadLocal<Conversion> CURRENT = new ThreadLocal<>();
    private static volatile Asciidoctor instance;

    private AsciidoctorRuntime() {
    }

    static Asciidoctor get() {
        Asciidoctor local = instance;
        if (local == null) {
            synchronized (AsciidoctorRuntime.class) {
                local = instance;
                if (local == null) {
                    local = create();
                    local.registerLogHandler(AsciidoctorRuntime::route);
                    local.javaExtensionRegistry().postprocessor(new CaptureDocument());
                    // The first conversion loads the rest of Asciidoctor; two threads doing that at once make
                    // JRuby load its extension classes twice and print a warning to the editor's terminal.
                    local.convert("", Options.builder().build());
                    instance = local;
                }
            }
        }
        return local;
    }

    /**
     * Asciidoctor without RubyGems: loading RubyGems was more than half of JRuby's start (2.7 of 4.9 s of CPU
     * for a next build's one page), and AsciidoctorJ needs it only to find the gems its jar carries, which are
     * put on the load path here instead, each at the paths its gemspec requires (what RubyGems' activation does).
     * Where the gems cannot be listed (not a jar), or the option is given by hand, RubyGems is loaded as before.
     * A new Ruby runtime each time; the build's is {@link #get}'s, a test's can be its own.
     */
    static Asciidoctor create() {
        List<String> loadPath = GemPaths.of(AsciidoctorJRuby.class);
        if (loadPath.isEmpty() || RUBYGEMS_BY_HAND) {
            return Asciidoctor.Factory.create();
        }
        // Read once, by the first RubyInstanceConfig of the JVM, which is AsciidoctorJ's right below.
        System.setProperty(RUBYGEMS, "false");
        AsciidoctorJRuby asciidoctor = AsciidoctorJRuby.Factory.create(loadPath);
        // Some of Ruby's own library needs RubyGems after all (YAML, which Rouge loads, through jar-dependencies):
        // it is loaded the moment anything names it.
        JRubyRuntimeContext.get(asciidoctor).evalScriptlet("autoload :Gem, 'rubygems'");
        return asciidoctor;
    }

    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";
    /** Before {@link #create} sets it, so that a second runtime is made as the first was. */
    private static final boolean RUBYGEMS_BY_HAND = System.getProperty(RUBYGEMS) != null;
    private static final String COMPILE_MODE = "jruby.compile.mode";

    /**
     * Before the first {@link #get}, for a process that converts a few pages only (a next build's changed page):
     * JRuby then interprets Ruby without compiling it to JVM classes, which for one page cost more CPU than they
     * saved (about 0.5 s of a next build's 9 s at 1000 pages). Output is the same either way. Nothing once JRuby
     * is started, or when the mode is given by hand.
     */
    static void forFewPages() {
        synchronized (AsciidoctorRuntime.class) {
            if (instance == null && System.getProperty(COMPILE_MODE) == null) {
                System.setProperty(COMPILE_MODE, "OFF");
            }
        }
    }

    /** Whether this JVM has started Asciidoctor (and so JRuby); a build whose pages all come from the cache does not. */
    static boolean started() {
        return instance != null;
    }

    /** Runs a conversion, handing its log records to {@code log} and its document to the caller's holder. */
    static Conversion begin(Consumer<LogRecord> log) {
        Conversion conversion = new Conversion(log);
        CURRENT.set(conversion);
        return conversion;
    }

    static void end() {
        CURRENT.remove();
    }

    private static void route(LogRecord logRecord) {
        Conversion conversion = CURRENT.get();
        if (conversion != null) {
            conversion.log.accept(logRecord);
        }
    }

    static final class Conversion {
        private final Consumer<LogRecord> log;
        private Document document;

        private Conversion(Consumer<LogRecord> log) {
            this.log = log;
        }

        Document document() {
            return document;
        }
    }

    /** Keeps the parsed document, so the header is read from the same parse as the body (JBake parses twice). */
    private static final class CaptureDocument extends Postprocessor {
        @Override
        public String process(Document document, String output) {
            Conversion conversion = CURRENT.get();
            if (conversion != null) {
                conversion.document = document;
            }
            return output;
        }
    }
}
