import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('thread count of 2') : 'the build did not run with -T 2'
assert !log.contains('is not marked as thread-safe') : 'Maven warned about a mojo that is not thread-safe'

['guide-a': 'night-cramps', 'guide-b': 'foot-cramps'].each { module, guide ->
    def bundle = new File(basedir, "$module/target/careguide/bundle")
    def manifest = new JsonSlurper().parse(new File(bundle, 'manifest.json'), 'UTF-8')
    assert (manifest.guides[0].locales*.tag as Set).containsAll(['en-XA', 'ar-XB'])
    ['en-XA', 'ar-XB'].each { tag -> assert new File(bundle, "json/${tag}/${guide}.json").isFile() }
    assert new File(basedir, "$module/target/careguide/model/$guide/model.json").isFile()
    assert !new File(basedir, "$module/target/careguide/model/" + (guide == 'night-cramps' ? 'foot-cramps' : 'night-cramps')).exists() : "$module built the other module's guide"
}
return true
