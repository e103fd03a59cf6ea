package dk.kk.tillid.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Lays a {@link PrintDocument} out as a tagged PDF/UA-1 file with openhtmltopdf on PDFBox. */
final class TaggedPdf {
    static {
        // openhtmltopdf logs every untitled element and fallback at INFO; a build prints only what an editor needs.
        XRLog.setLoggingEnabled(false);
    }

    private TaggedPdf() {
    }

    static byte[] render(PrintDocument document) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .useFastMode()
                .withProducer("tillid-site")
                .withW3cDocument(new W3CDom().fromJsoup(document.html()), "about:blank");
        PdfFonts.addTo(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                finish(pdf, document);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        }
    }

    /** What openhtmltopdf leaves out: notes, links' descriptions on the annotations, fixed dates and ID. */
    private static void finish(PDDocument pdf, PrintDocument document) throws IOException {
        int[] notes = {0};
        retag(pdf.getDocumentCatalog().getStructureTreeRoot(), notes);

        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(document.created().or(document::modified).map(TaggedPdf::calendar).orElse(null));
        info.setModificationDate(document.modified().or(document::created).map(TaggedPdf::calendar).orElse(null));
        byte[] id = digest(document.source());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    private static void retag(PDStructureNode node, int[] notes) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Part".equals(element.getStructureType())) {
                    element.setStructureType("Note");
                    element.setElementIdentifier("note-" + ++notes[0]);
                }
                if ("Link".equals(element.getStructureType())) {
                    for (Object linkKid : element.getKids()) {
                        if (linkKid instanceof PDObjectReference reference
                                && reference.getReferencedObject() instanceof PDAnnotation annotation
                                && annotation.getContents() == null) {
                            annotation.setContents(element.getAlternateDescription());
                        }
                    }
                }
                retag(element, notes);
            }
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
