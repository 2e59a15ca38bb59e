package dev.careguide.importer;

/**
 * One structural unit of a document: its kind, its 1-based inclusive line range, the verbatim source text of
 * those lines (joined with '\n'), where the content starts after a list marker, the list number (0 if none) and
 * the index of the article it belongs to (documents may hold several articles pasted together).
 */
record Block(
        BlockKind kind,
        String document,
        int startLine,
        int endLine,
        String source,
        int contentStart,
        int number,
        int article) {

    /** The source text after the list marker. */
    String content() {
        return source.substring(contentStart);
    }

    /** The 1-based line of a source offset. */
    int lineOf(int sourceOffset) {
        if (startLine == endLine) {
            return startLine;
        }
        int line = startLine;
        for (int i = 0; i < sourceOffset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a source offset. */
    int columnOf(int sourceOffset) {
        if (startLine == endLine) {
            return sourceOffset + 1;
        }
        int lineStart = source.lastIndexOf('\n', Math.max(0, sourceOffset - 1)) + 1;
        return sourceOffset - lineStart + 1;
    }

    Block withKind(BlockKind newKind) {
        return new Block(newKind, document, startLine, endLine, source, contentStart, number, article);
    }

    Block withArticle(int newArticle) {
        return new Block(kind, document, startLine, endLine, source, contentStart, number, newArticle);
    }
}
