def xlf = new File(basedir, 'target/careguide/xliff/foot-cramps.de.xlf')
assert xlf.isFile() : 'xliff-export wrote no file'
def xliff = new groovy.xml.XmlSlurper().parse(xlf)
assert xliff.@version == '2.1' && xliff.@trgLang == 'de'
def unit = xliff.file.unit.find { it.@name == 'cause.tight-shoes.title' }
assert unit.segment.source.text() == 'Tight shoes'
assert unit.segment.@state == 'initial' : 'an untranslated string is exported in state initial'

def german = new File(basedir, 'src/main/i18n/foot-cramps/messages_de.properties').getText('UTF-8')
assert german.contains('#, reviewed\ncause.tight-shoes.title=Enge Schuhe\n') : 'the final target was not imported'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('1 translation(s) changed in 1 catalog(s)')
return true
