def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
// one line per problem, in the file:line:column form IDEs and CI link
def problem = log =~ /(?m)^\[ERROR\] (\S*src\/main\/i18n\/night-cramps\/messages_de\.properties):3:(\d+): error: .*/
assert problem.find() : 'no file:line:column line for the broken message on line 3'
assert (problem.group(2) as int) > 0
assert !new File(basedir, 'target/careguide/bundle').exists() : 'a bundle was written despite the broken translation'
return true
