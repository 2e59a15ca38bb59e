package dev.careguide.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least an importer must do with an article: read the file, decode strict UTF-8, normalize to NFC and find
 * the sentence boundaries with ICU. Import throughput is quoted as a ratio to this pass.
 */
public final class RawTextPass {

    private RawTextPass() {}

    /** Number of sentences in the file. */
    public static int sentences(Path file) throws IOException {
        String nfc = nfcText(file);
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        sentences.setText(nfc);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** The file decoded as strict UTF-8 and normalized to NFC: the start of every pass. */
    static String nfcText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": invalid UTF-8", e);
        }
        return Normalizer2.getNFCInstance().normalize(text);
    }
}
