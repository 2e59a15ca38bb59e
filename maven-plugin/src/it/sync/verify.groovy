def catalog = new File(basedir, 'src/main/i18n/foot-cramps/messages_de.properties')
def source = new File(basedir, 'src/main/i18n/foot-cramps/messages.properties')
assert source.isFile() : "sync did not write $source"
assert catalog.isFile() : "sync did not write $catalog"
def keys = new Properties()
catalog.withReader('UTF-8') { keys.load(it) }
assert keys.keySet().any { it.startsWith('cause.') && it.endsWith('.title') } : "no cause titles in $catalog: ${keys.keySet()}"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('careguide: rewrote')
return true
