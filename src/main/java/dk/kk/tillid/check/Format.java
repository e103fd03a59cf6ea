package dk.kk.tillid.check;

import java.io.IOException;

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
                    out.append(" (kilde: ").append(finding.source()).append(')');
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

    /** One object: the counts, then the findings, one a line. */
    JSON {
        @Override
        void write(CheckReport report, Appendable out) throws IOException {
            out.append("{\"pagesChecked\":").append(Integer.toString(report.pagesChecked()))
                    .append(",\"referencesChecked\":").append(Integer.toString(report.referencesChecked()))
                    .append(",\"externalReferences\":").append(Integer.toString(report.externalReferences()))
                    .append(",\"errors\":").append(Integer.toString(report.errors()))
                    .append(",\"warnings\":").append(Integer.toString(report.warnings()))
                    .append(",\"findings\":[");
            String separator = "\n";
            for (Finding finding : report.findings()) {
                out.append(separator)
                        .append("{\"file\":").append(string(finding.file()))
                        .append(",\"line\":").append(Integer.toString(finding.line()))
                        .append(",\"value\":").append(string(finding.value()))
                        .append(",\"severity\":").append(string(finding.severity().label()))
                        .append(",\"kind\":").append(string(finding.kind()))
                        .append(",\"message\":").append(string(finding.message()))
                        .append(",\"source\":").append(finding.source() == null ? "null" : string(finding.source()))
                        .append('}');
                separator = ",\n";
            }
            out.append(report.findings().isEmpty() ? "]}\n" : "\n]}\n");
        }

        private String string(String text) {
            StringBuilder json = new StringBuilder(text.length() + 2).append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"').toString();
        }
    };

    abstract void write(CheckReport report, Appendable out) throws IOException;
}
