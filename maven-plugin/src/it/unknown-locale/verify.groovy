def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] .*\bxx\b/ : 'the failure does not name the unknown locale tag'
assert !new File(basedir, 'target/careguide/bundle').exists() : 'a bundle was written despite the bad locale'
return true
