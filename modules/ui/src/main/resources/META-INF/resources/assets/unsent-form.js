/*
 * What was typed survives a session that ended while typing, without the server keeping anything: when a form is
 * sent, its typed fields wait in this tab's sessionStorage (which no other site can write). If the server had to
 * send the user to sign in first, it brings them back to the page marked ?unsent=1 (only for a post from our own
 * page) and the page carries a notice template; the fields are then put back and the notice shown. Any other page
 * load forgets them.
 */
(function () {
  var KEY = 'hub.unsent-form';
  var MAX_FIELDS = 60;
  var MAX_LENGTH = 20000;
  var MAX_AGE_MS = 60 * 60 * 1000;
  var SKIP = ['hidden', 'submit', 'button', 'image', 'reset', 'file', 'password'];

  // The version the typed text was based on goes back with it, so that sending it again after someone else has
  // saved is refused as stale rather than saved over their change.
  function kept(field) {
    return /^(version|[A-Za-z]+Version)$/.test(field.name) || SKIP.indexOf(field.type) === -1;
  }

  function typedIn(form) {
    var fields = {};
    var count = 0;
    Array.prototype.forEach.call(form.elements || [], function (field) {
      if (!field.name || !kept(field) || field.name.indexOf('jakarta.faces') === 0) { return; }
      if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) { return; }
      if (!field.value || field.value.length > MAX_LENGTH || count >= MAX_FIELDS) { return; }
      fields[field.name] = field.value;
      count++;
    });
    return fields;
  }

  document.addEventListener('submit', function (event) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ page: location.pathname, at: Date.now(), fields: typedIn(event.target) }));
    } catch (storageRefused) { /* private mode or full: nothing to put back later */ }
  }, true);

  var saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY));
    sessionStorage.removeItem(KEY);
  } catch (unreadable) { return; }
  var template = document.getElementById('unsent-notice-template');
  if (!template || !saved || saved.page !== location.pathname || !(Date.now() - saved.at < MAX_AGE_MS)) { return; }
  var restored = 0;
  Object.keys(saved.fields || {}).forEach(function (name) {
    document.getElementsByName(name).forEach(function (field) {
      if (!kept(field)) { return; }
      if (field.type === 'radio' || field.type === 'checkbox') { field.checked = field.value === saved.fields[name]; }
      else { field.value = saved.fields[name]; }
      restored++;
    });
  });
  if (restored > 0) {
    var main = document.getElementById('main-content');
    main.insertBefore(template.content.cloneNode(true), main.firstChild);
  }
})();
