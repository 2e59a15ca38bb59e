def runs = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] BUILD SUCCESS/)
assert runs.length == 4 : 'expected three successful builds'
assert runs[0].contains('careguide: bundle written to')
assert !runs[1].contains('up to date') : 'the edited article did not rebuild'
assert runs[1].contains('careguide: bundle written to')
assert runs[2].contains('careguide: up to date')

def model = new File(basedir, 'target/careguide/model/night-cramps/model.json').getText('UTF-8')
assert model.contains('twelve times') && !model.contains('Rise on your toes ten times')
assert model.contains('dried apricots')
def other = new File(basedir, 'target/careguide/model/foot-cramps/model.json').getText('UTF-8')
assert other.contains('Tight shoes')
return true
