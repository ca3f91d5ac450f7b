// The help goal lists every goal and describes their options, with their sitegen.* properties.
def log = new File(basedir, 'build.log').text
['site-gen:build', 'site-gen:check', 'site-gen:serve',
 'sitegen.content', 'sitegen.output', 'sitegen.baseUrl', 'sitegen.strict', 'sitegen.port', 'sitegen.host'].each {
    assert log.contains(it) : "help does not mention ${it}"
}
// check writes no site and keeps no cache, so it offers neither, as the command line's check does not.
def check = log.substring(log.indexOf('site-gen:check'))
check = check.substring(0, check.indexOf('site-gen:', 'site-gen:check'.length()))
['sitegen.output', 'sitegen.cache'].each {
    assert !check.contains(it) : "check offers ${it}:\n${check}"
}
true
