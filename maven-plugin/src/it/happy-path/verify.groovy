import groovy.json.JsonSlurper
import java.security.MessageDigest

def bundle = new File(basedir, 'target/careguide/bundle')
assert bundle.isDirectory() : "no bundle at $bundle"

def manifest = new JsonSlurper().parse(new File(bundle, 'manifest.json'), 'UTF-8')
assert manifest.contentVersion == '1.2.3'
assert manifest.createdAt == '2026-01-01T00:00:00Z' : 'project.build.outputTimestamp did not reach the manifest'
assert manifest.generator.version == pluginVersion
def guide = manifest.guides.find { it.id == 'night-cramps' }
assert guide : "guides in manifest: ${manifest.guides*.id}"
def locales = guide.locales.collectEntries { [(it.tag): it] }
assert locales.keySet().containsAll(['en', 'de', 'en-XA', 'ar-XB']) : "locales in manifest: ${locales.keySet()}"
assert locales['ar-XB'].direction == 'rtl'
assert locales['de'].direction == 'ltr'
// the translator has done two strings so far: de is partial, the rest falls back to the source
assert locales['de'].percentComplete > 0 && locales['de'].percentComplete < 100
assert locales['de'].fallbackCount > 0

manifest.files.each { entry ->
    def file = new File(bundle, entry.path)
    assert file.isFile() : "manifest lists ${entry.path}, which is missing"
    assert file.length() == entry.bytes : "size of ${entry.path}"
    def sha = MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    assert sha == entry.sha256 : "checksum of ${entry.path}"
}

['en', 'de', 'en-XA', 'ar-XB'].each { tag ->
    def json = new File(bundle, "json/${tag}/night-cramps.json")
    assert json.isFile() : "missing $json"
    def text = json.getText('UTF-8')
    assert !text.contains('\r') && text.endsWith('\n')
    new JsonSlurper().parseText(text)
    assert new File(bundle, "yaml/${tag}/night-cramps.yaml").isFile()
    assert new File(bundle, "csv/${tag}/night-cramps").list().any { it.endsWith('.csv') }
}
// the German catalog's translations reach the German bundle
assert new File(bundle, 'json/de/night-cramps.json').getText('UTF-8').contains('Plattfüße')

assert new File(basedir, 'target/careguide/careguide-bundle.zip').isFile()
// the build writes the review site; its preview pages come from the bundle
def site = new File(basedir, 'target/careguide/site')
assert new File(site, 'index.html').getText('UTF-8').contains('Content-Security-Policy')
assert new File(site, 'guides/night-cramps.html').isFile()
assert new File(site, 'preview/ar-XB/night-cramps.html').getText('UTF-8').contains('<html lang="ar-XB" dir="rtl">')
assert new File(site, 'translate/de/night-cramps.html').isFile()
assert new File(basedir, 'target/careguide/check/check-report.sarif').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[INFO\]\s+night-cramps de\s+ltr\s+[\d.]+% complete/ : 'no per-locale summary in the log'
return true
