// build.log holds both invocations, one after the other
def runs = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] BUILD SUCCESS/)
assert runs.length == 3 : 'expected two successful builds'
def first = runs[0], second = runs[1]
assert !first.contains('up to date') && first.contains('careguide: bundle in')
assert second.contains('careguide: up to date')
assert !second.contains('careguide: bundle in') : 'the second build rewrote the bundle'
assert new File(basedir, 'target/careguide/bundle/manifest.json').isFile()
return true
