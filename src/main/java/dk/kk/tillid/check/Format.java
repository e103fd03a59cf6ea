package dk.kk.tillid.check;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.ArrayList;

/** How {@link CheckReport#write} prints findings. */
public enum Format {

    /**
     * {@code file:line: error|warning: message (kilde: content/x.adoc:57)}, the shape editors and IDEs jump to;
     * line breaks in a message are escaped so that each finding stays on one line.
     */
    TEXT {
        @Override
        void write(CheckReport report, Appendable out) throws IOException {
            for (Finding finding : report.findings()) {
                out.append(finding.file()).append(':').append(Integer.toString(finding.line())).append(": ")
                        .append(finding.severity().label()).append(": ")
                        .append(finding.message().replace("\r", "\\r").replace("\n", "\\n"));
                if (finding.source() != null) {
                    out.append(" (kilde: ").append(finding.source().toString()).append(')');
                }
                out.append('\n');
            }
        }
    },

    /** A header row, then file, line, value, severity, kind, message; tabs and newlines in values escaped. */
    TSV {
        @Override
        void write(CheckReport report, Appendable out) throws IOException {
            out.append("file\tline\tvalue\tseverity\tkind\tmessage\n");
            for (Finding finding : report.findings()) {
                out.append(cell(finding.file())).append('\t')
                        .append(Integer.toString(finding.line())).append('\t')
                        .append(cell(finding.value())).append('\t')
                        .append(finding.severity().label()).append('\t')
                        .append(finding.kind()).append('\t')
                        .append(cell(finding.message())).append('\n');
            }
        }

        private String cell(String text) {
            return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
    },

    /** One object: the counts, then the findings. */
    JSON {
        @Override
        void write(CheckReport report, Appendable out) throws IOException {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pagesChecked", report.pagesChecked());
            json.put("referencesChecked", report.referencesChecked());
            json.put("externalReferences", report.externalReferences());
            json.put("errors", report.errors());
            json.put("warnings", report.warnings());
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Finding finding : report.findings()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", finding.file());
                f.put("line", finding.line());
                f.put("value", finding.value());
                f.put("severity", finding.severity().label());
                f.put("kind", finding.kind());
                f.put("message", finding.message());
                f.put("source", finding.source() == null ? null : finding.source().toString());
                findings.add(f);
            }
            json.put("findings", findings);
            out.append(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json)).append('\n');
        }
    };

    abstract void write(CheckReport report, Appendable out) throws IOException;
}
