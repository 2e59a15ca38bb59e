import groovy.json.JsonSlurper
import java.security.MessageDigest

def bundle = new File(basedir, 'target/careguide/bundle')
assert bundle.isDirectory() : "no bundle at $bundle"

def manifest = new JsonSlurper().parse(new File(bundle, 'manifest.json'), 'UTF-8')
assert manifest.contentVersion == '1.2.3'
def tags = manifest.locales*.tag as Set
assert tags.containsAll(['de', 'en-XA', 'ar-XB']) : "locales in manifest: $tags"
assert manifest.locales.find { it.tag == 'ar-XB' }.direction == 'rtl'
assert manifest.locales.find { it.tag == 'de' }.direction == 'ltr'

manifest.files.each { entry ->
    def file = new File(bundle, entry.path)
    assert file.isFile() : "manifest lists ${entry.path}, which is missing"
    assert file.length() == entry.bytes : "size of ${entry.path}"
    def sha = MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    assert sha == entry.sha256 : "checksum of ${entry.path}"
}

['de', 'en-XA', 'ar-XB'].each { tag ->
    def json = new File(bundle, "json/${tag}.json")
    assert json.isFile() : "missing $json"
    def text = json.getText('UTF-8')
    assert !text.contains('\r') && text.endsWith('\n')
    new JsonSlurper().parseText(text)
    assert new File(bundle, "yaml/${tag}.yaml").isFile()
    assert new File(bundle, "csv/${tag}").isDirectory()
}

assert new File(basedir, 'target/careguide/careguide-bundle.zip').isFile()
assert new File(basedir, 'target/careguide/check/check-report.sarif').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[INFO\]\s+de\s+ltr\s+[\d.]+% complete/ : 'no per-locale summary in the log'
return true
