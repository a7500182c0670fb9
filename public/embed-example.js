// The host side of the Conflict Atlas postMessage API (see the README's "Embedding" section).
// Plain script, no framework. Received data is only ever shown with textContent.
(function () {
  'use strict';

  var frame = document.getElementById('atlas');
  var log = document.getElementById('log');
  var idInput = document.getElementById('event-id');
  var knownIds = document.getElementById('known-ids');
  var storyStatus = document.getElementById('story-step');
  var follow = document.getElementById('follow');
  var heightSelect = document.getElementById('frame-height');
  var windowStatus = document.getElementById('window-status');

  // `?atlas=<url>` points the frame at another copy of the atlas on the same host name (another port, say):
  // handy for trying a deployment. Other host names are refused, so this page cannot be made to frame
  // someone else's site under its own address.
  var wanted = new URLSearchParams(location.search).get('atlas');
  if (wanted) {
    try {
      var url = new URL(wanted, location.href);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === location.hostname) frame.src = url.href;
    } catch { /* keep the default frame */ }
  }
  // Send only to the atlas's origin, and listen only to its window.
  var atlasOrigin = new URL(frame.src, location.href).origin;
  var storyStep = 0;

  function addLogEntry(text) {
    var item = document.createElement('li');
    item.textContent = text;
    log.appendChild(item);
    while (log.children.length > 50) log.removeChild(log.firstChild);
    log.scrollTop = log.scrollHeight;
  }

  function send(message) {
    frame.contentWindow.postMessage(message, atlasOrigin);
  }

  function learnId(id) {
    if (typeof id !== 'string') return;
    for (var i = 0; i < knownIds.options.length; i++) if (knownIds.options[i].value === id) return;
    var option = document.createElement('option');
    option.value = id;
    knownIds.appendChild(option);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== atlasOrigin) return;
    var data = event.data;
    if (!data || typeof data.type !== 'string' || data.type.indexOf('atlas:') !== 0) return;
    addLogEntry(JSON.stringify(data));
    if (data.type === 'atlas:selected') {
      learnId(data.id);
      if (typeof data.id === 'string') idInput.value = data.id;
    } else if (data.type === 'atlas:resize' && follow.checked && typeof data.height === 'number' && data.height > 0) {
      frame.style.height = Math.round(data.height) + 'px';
    }
  });

  document.getElementById('select-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = idInput.value.trim();
    send({ type: 'atlas:select', id: id === '' ? null : id });
  });
  document.getElementById('clear').addEventListener('click', function () {
    send({ type: 'atlas:select', id: null });
  });

  document.getElementById('window-form').addEventListener('submit', function (event) {
    event.preventDefault();
    // <input type="date"> values are already YYYY-MM-DD, the format the atlas reads. It ignores a period
    // that does not start before it ends, silently, so say so here.
    var from = document.getElementById('from').value;
    var to = document.getElementById('to').value;
    windowStatus.textContent = from < to ? '' : '“From” must be before “To”.';
    if (from < to) send({ type: 'atlas:window', from: from, to: to });
  });

  function goToStep(step) {
    storyStep = step;
    storyStatus.textContent = step === 0 ? 'Not in story mode.' : 'Step ' + step + ' (the atlas stops at its last step).';
    send({ type: 'atlas:story', step: step === 0 ? null : step });
  }
  document.getElementById('story-next').addEventListener('click', function () { goToStep(storyStep + 1); });
  document.getElementById('story-prev').addEventListener('click', function () { goToStep(Math.max(1, storyStep - 1)); });
  document.getElementById('story-leave').addEventListener('click', function () { goToStep(0); });

  heightSelect.addEventListener('change', function () {
    frame.style.height = heightSelect.value + 'px';
  });
  document.getElementById('size-form').addEventListener('submit', function (event) { event.preventDefault(); });
})();
