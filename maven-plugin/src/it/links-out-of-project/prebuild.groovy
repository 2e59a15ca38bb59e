import java.nio.file.Files

// Links cannot be committed portably, so they are made here: each leads to a file beside, not inside, this
// project (under target/it, so nothing is left outside the build folder).
def project = basedir.toPath()
def outside = Files.createDirectories(project.resolveSibling('links-out-of-project-outside'))
def secret = Files.writeString(outside.resolve('passwd'), 'Secret heading\n\nroot:x:0:0:root:/root:/bin/bash\n')
def catalog = Files.writeString(outside.resolve('messages_de.properties'), 'guide.title=Secret title\n')
Files.createSymbolicLink(project.resolve('src/main/content/passwd.txt'), secret)
Files.createDirectories(project.resolve('src/main/i18n/night-cramps'))
Files.createSymbolicLink(project.resolve('src/main/i18n/night-cramps/messages_de.properties'), catalog)
return true
