package dk.kk.tillid.bake;

/** What an editor should do about the messages Asciidoctor gives in English. */
final class AsciidoctorHints {
    private AsciidoctorHints() {
    }

    static String forMessage(String message) {
        if (message.contains("outside of jail") || message.contains("outside of base directory")) {
            return "Inkludér kun filer, der ligger under content/.";
        }
        if (message.startsWith("include file not found")) {
            return "Ret stien i include-linjen (den regnes fra content/, fx include::rapport/fil.adoc[]), eller opret filen.";
        }
        if (message.startsWith("tag") && message.contains("not found in include file")) {
            return "Ret tag-navnet i include-linjen, så det findes som // tag::navn[] i den inkluderede fil.";
        }
        if (message.startsWith("unterminated")) {
            return "Luk blokken med den samme afgrænserlinje, som åbnede den (fx ---- eller |===).";
        }
        if (message.startsWith("possible invalid reference")) {
            return "Ret id'et i <<…>> eller xref:, eller sæt [#id] på det afsnit, der skal linkes til.";
        }
        if (message.startsWith("section title out of sequence")) {
            return "Brug overskriftsniveauerne i rækkefølge: == før ===.";
        }
        if (message.contains("image to embed not found") || message.contains("image")) {
            return "Læg billedet under content/ og ret stien.";
        }
        return "Ret AsciiDoc-syntaksen på linjen.";
    }
}
