// build.log holds both invocations, one after the other
def runs = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] BUILD SUCCESS/)
assert runs.length == 3 : 'expected two successful builds'
def first = runs[0], second = runs[1]
assert !first.contains('up to date') && first.contains('careguide: bundle in')
assert second.contains('careguide: up to date')
assert !second.contains('careguide: bundle in') : 'the second build rewrote the bundle'

// the up-to-date build still shows the bundle: the same per-locale lines, read from the stored manifest.json,
// right after the one "up to date" line
def localeLines = { String run -> run.readLines().findAll { it =~ /^\[INFO\]   night-cramps / } }
def built = localeLines(first)
assert built.size() == 2 : "expected en and en-XA in the first build: ${built}"
assert localeLines(second) == built
def secondLines = second.readLines()
def upToDate = secondLines.findIndexOf { it.contains('careguide: up to date') }
assert secondLines.subList(upToDate + 1, upToDate + 1 + built.size()) == built
assert new File(basedir, 'target/careguide/bundle/manifest.json').isFile()
return true
