// The one viewer-request function of the public sites (CloudFront Functions, cloudfront-js-2.0).
// infra deploys this file as it is, and the local static server runs the same text on every request
// (viewer-request.ts), so both answer alike. The runtime has no modules and no require, and the code
// must stay under 10 KB: plain ES5.1 here.
//
// - /_mode?elder=on|off&back=/path  sets or clears the elder-mode cookie and sends the reader back (303)
// - /_mode.css                      the elder or the standard stylesheet, by that cookie
// - /path and /path/                /path/index.html (S3 has no directory indexes)

var ELDER_COOKIE = 'elder';
var ELDER_ON = 'Path=/; Max-Age=31536000; SameSite=Lax; Secure';
var ELDER_OFF = 'Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax; Secure';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it by name
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/_mode') return modeSwitch(request);
  if (uri === '/_mode.css') {
    request.uri = isElder(request) ? '/_mode/elder.css' : '/_mode/standard.css';
    return request;
  }
  if (uri.charAt(uri.length - 1) === '/') {
    request.uri = uri + 'index.html';
  } else if (uri.substring(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}

function isElder(request) {
  var cookie = request.cookies && request.cookies[ELDER_COOKIE];
  return Boolean(cookie) && cookie.value === '1';
}

// Generated here, so it never reaches a cache; no-store keeps browsers from replaying it either.
function modeSwitch(request) {
  var query = request.querystring || {};
  var elder = query.elder ? query.elder.value : '';
  if (elder !== 'on' && elder !== 'off') {
    return {
      statusCode: 400,
      statusDescription: 'Bad Request',
      headers: { 'content-type': { value: 'text/plain; charset=utf-8' }, 'cache-control': { value: 'no-store' } },
      body: { encoding: 'text', data: '长辈模式开关的链接有误：elder 只能是 on 或 off。（ELDER_MODE_INVALID）' },
    };
  }
  var cookies = {};
  cookies[ELDER_COOKIE] = elder === 'on' ? { value: '1', attributes: ELDER_ON } : { value: '', attributes: ELDER_OFF };
  return {
    statusCode: 303,
    statusDescription: 'See Other',
    headers: { location: { value: sameOriginPath(query.back ? query.back.value : '') }, 'cache-control': { value: 'no-store' } },
    cookies: cookies,
  };
}

// Query values arrive as the viewer sent them, percent-encoded. Only a path on this origin may come
// back: one leading slash, never "//" (a browser reads "//host" as another site), no backslash
// (browsers treat it as a slash) and no control characters (browsers drop tabs and newlines, so
// "/\t/host" would become "//host"). Anything else goes to the home page.
function sameOriginPath(raw) {
  try {
    var path = decodeURIComponent(raw);
    if (path.charAt(0) !== '/' || path.indexOf('//') !== -1 || path.indexOf('\\') !== -1 || path.length > 2000) return '/';
    for (var i = 0; i < path.length; i++) {
      var code = path.charCodeAt(i);
      if (code < 0x20 || code === 0x7f) return '/';
    }
    // A Location header is ASCII: encode what needs it, but keep escapes the path already had.
    return encodeURI(path).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (malformed) {
    // A broken escape, or a lone surrogate that encodeURI refuses.
    return '/';
  }
}
