def folder = new File(basedir, 'src/main/i18n/foot-cramps')
def source = new Properties()
new File(folder, 'messages.properties').withReader('UTF-8') { source.load(it) }
assert source['cause.tight-shoes.title'] == 'Tight shoes' : "source keys: ${source.keySet()}"

// the German catalog lists every key for the translator, untranslated (commented out) until filled in
def german = new File(folder, 'messages_de.properties').getText('UTF-8')
source.keySet().each { key -> assert german =~ /(?m)^# \Q${key}\E=$/ : "$key is not offered to the translator" }

// nothing is translated yet: stats counts every source string as missing for de
def stats = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stats.json'), 'UTF-8')
def de = stats.locales.find { it.locale == 'de' }
assert de.translated == 0 && de.missing > 0 && de.percentComplete == 0
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[INFO\] foot-cramps +de\s+\d+/ : 'no stats table (guide, locale) in the log'
assert log =~ /(?m)^\[INFO\] Statistics written to .*stats\.json$/
assert new File(basedir, 'target').list().findAll { it.contains('stats.json') } == ['stats.json'] : 'a temporary file was left'
// sync registers every imported item's id with where it came from, so later edits keep ids attached
def registry = new File(basedir, 'src/main/careguide/ids.json').getText('UTF-8')
def ids = new groovy.json.JsonSlurper().parseText(registry)
assert ids['foot-cramps']['cause.tight-shoes'] =~ /^foot-cramps\.txt:\d+ \| [0-9a-f]{12} \| / : registry
assert registry =~ /(?m)^    "cause\.tight-shoes" : "/ : 'one item a line'
return true
