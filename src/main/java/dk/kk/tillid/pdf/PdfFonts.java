package dk.kk.tillid.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The PDF's fonts: Liberation Serif, Sans and Mono (æ, ø, å and the rest of Latin), read from the
 * {@code openpdf-fonts-extra} package on the class path and embedded as subsets.
 */
final class PdfFonts {
    private static final String[][] FAMILIES = {
            {"Liberation Serif", "LiberationSerif"},
            {"Liberation Sans", "LiberationSans"},
            {"Liberation Mono", "LiberationMono"},
    };

    static {
        // openhtmltopdf makes Helvetica and ZapfDingbats for form fields on every document, even without a
        // form; PDFBox would then scan the machine's fonts (seconds, and a cache file in the home folder).
        // They are never drawn or embedded, so one of our own fonts stands in for any font PDFBox looks up.
        FontMappers.set(new OwnFontsOnly());
    }

    private PdfFonts() {
    }

    static void addTo(PdfRendererBuilder builder) {
        for (String[] family : FAMILIES) {
            add(builder, family[0], family[1] + "-Regular.ttf", 400, FontStyle.NORMAL);
            add(builder, family[0], family[1] + "-Bold.ttf", 700, FontStyle.NORMAL);
            add(builder, family[0], family[1] + "-Italic.ttf", 400, FontStyle.ITALIC);
            add(builder, family[0], family[1] + "-BoldItalic.ttf", 700, FontStyle.ITALIC);
        }
    }

    private static void add(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file);
        if (in == null) {
            throw new IllegalStateException("Skrifttypen " + file + " mangler (pakken openpdf-fonts-extra).");
        }
        return in;
    }

    private static final class OwnFontsOnly implements FontMapper {
        private TrueTypeFont sans;

        private synchronized TrueTypeFont sans() {
            if (sans == null) {
                try (InputStream in = open("LiberationSans-Regular.ttf")) {
                    sans = new TTFParser().parse(new RandomAccessReadBuffer(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return sans;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(sans(), false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(sans(), false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, sans(), false);
        }
    }
}
