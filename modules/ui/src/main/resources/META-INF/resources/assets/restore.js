// Puts back what was typed before the session ended (the page carries it as JSON in #unsent-form).
(function () {
  var carrier = document.getElementById('unsent-form');
  if (!carrier) { return; }
  var typed = JSON.parse(carrier.textContent);
  Object.keys(typed).forEach(function (name) {
    document.getElementsByName(name).forEach(function (field) {
      if (['hidden', 'submit', 'button', 'file'].indexOf(field.type) !== -1) { return; }
      if (field.type === 'radio' || field.type === 'checkbox') { field.checked = field.value === typed[name]; }
      else { field.value = typed[name]; }
    });
  });
})();
