// Atelier Objecteur.Print: small enhancements only; every page works without this file.
// 1. The recipient's address is checked as you type (NF Z10-011: lines and characters per line);
//    the server checks it again with the same rules.
// 2. A running mail merge polls its state instead of reloading the whole page.
(function () {
  "use strict";
  document.querySelectorAll("textarea[data-max-lignes]").forEach(function (area) {
    var out = document.getElementById(area.id.replace("champ-", "controle-"));
    var maxLines = parseInt(area.dataset.maxLignes, 10), maxChars = parseInt(area.dataset.maxCaracteres, 10);
    function check() {
      var lines = area.value.split(/\n|\//).map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
      var problems = [];
      if (lines.length > maxLines) problems.push(lines.length + " lignes : " + maxLines + " au plus.");
      lines.forEach(function (l, i) { if (l.length > maxChars) problems.push("La ligne " + (i + 1) + " fait " + l.length + " caractères : " + maxChars + " au plus."); });
      if (lines.length > 0 && !/^\d{5}\s+\S/.test(lines[lines.length - 1])) problems.push("La dernière ligne commence d'habitude par le code postal (5 chiffres), puis la ville.");
      out.textContent = problems.join(" ");
      out.classList.toggle("trop", problems.length > 0);
    }
    area.addEventListener("input", check);
  });
  var state = document.getElementById("avancement");
  if (state && state.dataset.etat) {
    var meta = document.querySelector("meta[http-equiv=refresh]");
    if (meta) meta.remove();
    var poll = function () {
      fetch(state.dataset.etat, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
        document.getElementById("lues").textContent = s.lues;
        document.getElementById("barre").value = s.lues;
        if (s.fini) window.location.reload(); else setTimeout(poll, 700);
      }).catch(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 500);
  }
  var errors = document.getElementById("erreurs");
  if (errors) errors.focus();
})();
