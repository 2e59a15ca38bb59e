package dev.careguide.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The bare language pass any grammar-reading importer must make: read the file, decode strict UTF-8, normalize
 * to NFC, find sentences with ICU, and tokenize and part-of-speech tag each sentence with the same Apache OpenNLP
 * English models the importer uses, configured as the importer configures them (plain words passed over by the
 * tokenizer, tags decoded greedily). Import throughput is quoted as a ratio to this pass.
 */
public final class NlpTextPass {

    private static final TokenizerModel TOKENS =
            plainWordsPassed(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
    private static final POSModel TAGS = model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    private final TokenizerME tokenizer = new TokenizerME(TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(TAGS);
    private final int tagCount = tagger.getAllPosTags().length;

    /** Number of tokens tagged in the file. */
    public int tokens(Path file) throws IOException {
        String nfc = RawTextPass.nfcText(file);
        BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
        sentences.setText(nfc);
        int count = 0;
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String[] words = tokenizer.tokenize(nfc.substring(start, end));
            count += tagGreedily(words);
        }
        return count;
    }

    private int tagGreedily(String[] words) {
        List<String> list = Arrays.asList(words);
        List<String> tags = new ArrayList<>(words.length);
        double[] probabilities = new double[tagCount];
        for (int i = 0; i < words.length; i++) {
            tags.add(tagger.getOrderedTags(list, tags, i, probabilities)[0]);
        }
        return tags.size();
    }

    private static TokenizerModel plainWordsPassed(TokenizerModel model) {
        return new TokenizerModel(
                model.getMaxentModel(),
                Map.of(),
                new TokenizerFactory("en", model.getAbbreviations(), true, Pattern.compile("^[A-Za-z0-9]+$")));
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M model(String name, Loader<M> loader) {
        try (InputStream in = NlpTextPass.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model " + name + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
