def folder = new File(basedir, 'src/main/i18n/foot-cramps')
def source = new Properties()
new File(folder, 'messages.properties').withReader('UTF-8') { source.load(it) }
assert source['cause.tight-shoes.title'] == 'Tight shoes' : "source keys: ${source.keySet()}"

// the German catalog lists every key for the translator, untranslated (commented out) until filled in
def german = new File(folder, 'messages_de.properties').getText('UTF-8')
source.keySet().each { key -> assert german =~ /(?m)^# \Q${key}\E=$/ : "$key is not offered to the translator" }
return true
