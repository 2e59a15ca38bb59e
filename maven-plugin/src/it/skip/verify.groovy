def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('careguide: skipped (careguide.skip)')
assert !new File(basedir, 'target/careguide').exists() : 'a skipped build wrote output'
return true
