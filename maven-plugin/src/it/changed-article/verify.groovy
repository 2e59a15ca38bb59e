import groovy.json.JsonSlurper

def runs = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] BUILD SUCCESS/)
assert runs.length == 4 : 'expected three successful builds'
assert runs[0].contains('careguide: bundle in')
assert !runs[1].contains('up to date') : 'the edited article did not rebuild'
assert runs[1].contains('careguide: bundle in')
assert runs[2].contains('careguide: up to date') : 'the build after the rebuild was not up to date'

def model = new JsonSlurper().parse(new File(basedir, 'target/careguide/model/night-cramps/model.json'), 'UTF-8')
def exercise = model.exercises.find { it.title.startsWith('Rise on your toes') }
assert exercise.title == 'Rise on your toes twelve times'
assert exercise.dosage.repetitions.min == 12
def other = new File(basedir, 'target/careguide/model/foot-cramps/model.json').getText('UTF-8')
assert other.contains('Tight shoes')
def source = new JsonSlurper().parse(new File(basedir, 'target/careguide/bundle/json/en/night-cramps.json'), 'UTF-8')
assert groovy.json.JsonOutput.toJson(source).contains('twelve times')

// editing one guide's article changes that guide's files (and the manifest listing them), nothing else
def first = new File(basedir, 'target/first-bundle')
def now = new File(basedir, 'target/careguide/bundle')
def changed = []
first.eachFileRecurse(groovy.io.FileType.FILES) { before ->
    def path = first.toPath().relativize(before.toPath()).toString().replace('\\', '/')
    def after = new File(now, path)
    assert after.isFile() : "$path disappeared"
    if (before.bytes != after.bytes) {
        changed << path
    }
}
assert changed.contains('manifest.json')
assert changed.contains('json/en/night-cramps.json')
def unexpected = changed.findAll { it != 'manifest.json' && !it.contains('night-cramps') }
assert unexpected.isEmpty() : "files of the unchanged guide changed: $unexpected"
return true
