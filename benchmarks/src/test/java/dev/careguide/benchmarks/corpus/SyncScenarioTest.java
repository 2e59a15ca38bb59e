package dev.careguide.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncScenarioTest {

    private static SyncScenario scenario(long seed) {
        return SyncScenario.generate(
                Vocabulary.standard(),
                seed,
                2_000,
                5,
                2,
                SyntheticTranslator.first(1).get(0));
    }

    @Test
    void changesAndRemovesTheRequestedShareOfKeys() {
        SyncScenario scenario = scenario(7);

        assertThat(SyncScenario.strings(scenario.before())).hasSize(2_000);
        assertThat(scenario.changedKeys()).hasSize(100);
        assertThat(scenario.removedKeys()).hasSize(40);
        assertThat(scenario.changedKeys()).doesNotContainAnyElementsOf(scenario.removedKeys());
    }

    @Test
    void sameSeedGivesTheSameScenarioAndGettextFiles() {
        SyncScenario one = scenario(7);
        SyncScenario two = scenario(7);

        assertThat(one.before()).isEqualTo(two.before());
        assertThat(one.after()).isEqualTo(two.after());
        assertThat(GettextWriter.translated(one)).isEqualTo(GettextWriter.translated(two));
        assertThat(GettextWriter.template(one)).isEqualTo(GettextWriter.template(two));
    }

    @Test
    void gettextFilesHoldOneEntryPerKeyWithTheKeyAsContext() {
        SyncScenario scenario = scenario(7);
        Map<String, String> after = SyncScenario.strings(scenario.after());

        String template = GettextWriter.template(scenario);
        String translated = GettextWriter.translated(scenario);

        assertThat(template.split("\nmsgctxt ", -1)).hasSize(after.size() + 1);
        assertThat(translated.split("\nmsgctxt ", -1)).hasSize(2_000 + 1);
        String key = after.keySet().iterator().next();
        assertThat(template).contains("msgctxt \"" + key + "\"\nmsgid \"" + after.get(key) + "\"\nmsgstr \"\"\n");
        assertThat(translated).doesNotContain("msgstr \"\"\n\nmsgctxt");
    }
}
