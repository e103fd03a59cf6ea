package dk.kk.tillid.bake;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds where a text in a page's HTML was written: in the block Asciidoctor parsed it from (its source map
 * names the file, an included one too, and the block's first line), else anywhere in the page's own source.
 */
final class WrittenAt implements UnsafeHtml.Locator {
    private final String name;
    private final SourceText source;
    private final Document document;
    private final Function<Path, String> relative;
    private final Map<Path, List<String>> files = new HashMap<>();

    WrittenAt(String name, SourceText source, Document document, Function<Path, String> relative) {
        this.name = name;
        this.source = source;
        this.document = document;
        this.relative = relative;
    }

    @Override
    public Optional<UnsafeHtml.Place> find(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (document != null) {
            for (StructuralNode node : document.findBy(Map.of())) {
                String written = node instanceof Block block ? block.getSource()
                        : node instanceof ListItem item ? item.getSource() : null;
                Cursor cursor = node.getSourceLocation();
                if (written != null && cursor != null && cursor.getFile() != null
                        && written.toLowerCase(Locale.ROOT).contains(needle)) {
                    Path file = Path.of(cursor.getFile());
                    List<String> lines = lines(file);
                    for (int i = Math.max(0, cursor.getLineNumber() - 1); i < lines.size(); i++) {
                        if (lines.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                            return Optional.of(new UnsafeHtml.Place(relative.apply(file), i + 1));
                        }
                    }
                }
            }
        }
        int line = source.lineContainingIgnoreCase(text);
        return line > 0 ? Optional.of(new UnsafeHtml.Place(name, line)) : Optional.empty();
    }

    private List<String> lines(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
