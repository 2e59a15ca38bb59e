def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)^\[ERROR\] \S*src\/main\/content\/passwd\.txt: error: symbolic link to \S*passwd, which is outside the project/
assert log =~ /(?m)^\[ERROR\] \S*src\/main\/i18n\/night-cramps\/messages_de\.properties: error: symbolic link to \S*messages_de\.properties, which is outside/
assert !log.contains('Secret') : 'text behind a link reached the log'
assert !new File(basedir, 'target/careguide').exists() : 'careguide wrote output despite the links'
return true
