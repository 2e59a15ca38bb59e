def installed = new File(localRepositoryPath, 'dev/careguide/it/attach/1.0.0/attach-1.0.0-bundle.zip')
assert installed.isFile() : "bundle zip not installed at $installed"
def built = new File(basedir, 'target/careguide/careguide-bundle.zip')
assert installed.bytes == built.bytes
def names = new java.util.zip.ZipFile(installed).withCloseable { zip -> zip.entries().collect { it.name } }
assert names.contains('manifest.json') && names.contains('json/en-XA/foot-cramps.json') : "zip entries: $names"
return true
