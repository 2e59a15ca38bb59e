package dev.careguide.i18n;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The context lines of a target catalog's entry: the source string's own lines, then its text in the source
 * language ({@code en: …}). That last line is made only when read (when the catalog is written), so a merged
 * catalog does not hold a second copy of every source text. Immutable.
 */
final class SourceContext extends AbstractList<String> implements RandomAccess {

    private final List<String> lines;
    private final String sourceTag;
    private final String text;

    SourceContext(SourceString source, String sourceTag) {
        this.lines = source.context();
        this.sourceTag = sourceTag;
        this.text = source.text();
    }

    @Override
    public String get(int index) {
        return index == lines.size() ? sourceTag + ": " + text : lines.get(index);
    }

    @Override
    public int size() {
        return lines.size() + 1;
    }
}
