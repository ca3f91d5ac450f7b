// The help goal lists every goal and describes their options, with their sitegen.* properties.
def log = new File(basedir, 'build.log').text
['site-gen:build', 'site-gen:check', 'site-gen:serve',
 'sitegen.content', 'sitegen.output', 'sitegen.baseUrl', 'sitegen.strict', 'sitegen.port', 'sitegen.host'].each {
    assert log.contains(it) : "help does not mention ${it}"
}
true
