def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
def failure = log.substring(log.indexOf('BUILD FAILURE'))
assert failure =~ /\[ERROR\] .*\bde\b.*/ : 'the failure does not name the locale below the threshold'
assert failure.contains('90') : 'the failure does not name the threshold'
assert !new File(basedir, 'target/careguide/bundle').exists() : 'a bundle was written below the threshold'
return true
