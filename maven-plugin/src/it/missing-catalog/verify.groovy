import groovy.json.JsonSlurper

// de is configured but has no catalog yet: with the default minCompleteness 0 the build passes and every
// German string falls back to the source, flagged as such in the bundle
def bundle = new File(basedir, 'target/careguide/bundle')
def manifest = new JsonSlurper().parse(new File(bundle, 'manifest.json'), 'UTF-8')
def de = manifest.guides[0].locales.find { it.tag == 'de' }
assert de : 'de is missing from the manifest'
assert de.percentComplete == 0
assert de.fallbackCount > 0
def german = new File(bundle, 'json/de/foot-cramps.json').getText('UTF-8')
assert german.contains('Tight shoes')
assert !new File(basedir, 'src/main/i18n/foot-cramps/messages_de.properties').exists() : 'the build wrote a catalog'

def report = new JsonSlurper().parse(new File(basedir, 'target/careguide/check/check-report.json'), 'UTF-8')
assert report.completeness['foot-cramps/de'] == 0
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[INFO\]\s+foot-cramps de\s+ltr\s+0\.0% complete/

// ... but not silently: the check warns about the missing catalog, names the file to create and the goal that
// creates it; the pseudo-locale en-XA never has a catalog and is not reported
def warning = log.readLines().find { it.contains('[missing-catalog]') }
assert warning : 'no missing-catalog warning in build.log'
assert warning.startsWith('[WARNING]')
assert warning.contains('src/main/i18n/foot-cramps/messages_de.properties: warning: [de]')
assert warning.contains('careguide:sync')
assert log.readLines().count { it.contains('[missing-catalog]') } == 1
assert report.problems.findAll { it.code == 'missing-catalog' }*.file == ['src/main/i18n/foot-cramps/messages_de.properties']
return true
