// The help goal describes the build goal's options, with their sitegen.* properties.
def log = new File(basedir, 'build.log').text
['sitegen.content', 'sitegen.output', 'sitegen.baseUrl', 'sitegen.strict'].each {
    assert log.contains(it) : "help does not mention ${it}"
}
true
