package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locale picking docs/bundle-format.md describes, done as an app would with the manifest: pseudo-locales left
 * out unless asked for exactly, RFC 4647 lookup ({@link Locale#lookupTag}), the source locale when nothing matches.
 */
class LocalePickingTest {

    @TempDir
    Path tmp;

    @Test
    void theDocumentedExamplesHoldForTheManifestsLocales() {
        BundleManifest manifest = new BundleWriter()
                .write(List.of(TestGuides.content()), ExportOptions.defaults("1.0.0"), tmp.resolve("bundle"));
        BundleManifest.GuideEntry guide = manifest.guides().get(0);

        assertThat(pick(guide, "de-AT,en;q=0.8")).isEqualTo("de");
        assertThat(pick(guide, "ar-EG")).isEqualTo("ar");
        assertThat(pick(guide, "fr-CA,fr")).isEqualTo(guide.sourceLocale());
        assertThat(pick(guide, "en-XA")).isEqualTo("en-XA");
        assertThat(pick(guide, "en-XB,en")).isEqualTo("en");
    }

    private static String pick(BundleManifest.GuideEntry guide, String preferences) {
        List<String> offered = guide.locales().stream()
                .filter(l -> !l.pseudo() || preferences.equals(l.tag()))
                .map(BundleManifest.LocaleEntry::tag)
                .toList();
        String tag = Locale.lookupTag(Locale.LanguageRange.parse(preferences), offered);
        return tag == null ? guide.sourceLocale() : tag;
    }
}
