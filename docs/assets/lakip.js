/*
 * Saringan provinsi dan tingkat untuk daftar satker di beranda (direktif lakip portal).
 *
 * Tanpa JavaScript semua tabel tampil dan formulir saringan tetap tersembunyi
 * (atribut hidden). Skrip ini tidak memuat apa pun dari luar situs.
 */
(function () {
  "use strict";

  function teksJudul(el) {
    var s = "";
    el.childNodes.forEach(function (n) {
      if (!(n.nodeType === 1 && n.classList.contains("headerlink"))) {
        s += n.textContent;
      }
    });
    return s.trim();
  }

  function bagian(portal) {
    var hasil = [];
    var cur = null;
    var el = portal.nextElementSibling;
    while (el && !el.hasAttribute("data-lakip-portal-akhir")) {
      if (/^H[1-6]$/.test(el.tagName)) {
        cur = { provinsi: teksJudul(el), elemen: [el] };
        hasil.push(cur);
      } else if (cur) {
        cur.elemen.push(el);
      }
      el = el.nextElementSibling;
    }
    return hasil;
  }

  function kolomTingkat(tabel) {
    var kepala = tabel.querySelectorAll("thead th");
    for (var i = 0; i < kepala.length; i++) {
      if (kepala[i].textContent.trim() === "Tingkat") {
        return i;
      }
    }
    return -1;
  }

  function saring(form) {
    var portal = form.closest("[data-lakip-portal]");
    var prov = form.querySelector("[data-saring=provinsi]").value;
    var tingkat = form.querySelector("[data-saring=tingkat]").value;
    var tampil = 0;
    var semua = 0;
    bagian(portal).forEach(function (b) {
      var adaBaris = 0;
      var cocokProv = !prov || b.provinsi === prov;
      b.elemen.forEach(function (el) {
        var tabel = el.tagName === "TABLE" ? [el] : Array.prototype.slice.call(el.querySelectorAll("table"));
        tabel.forEach(function (t) {
          var k = kolomTingkat(t);
          t.querySelectorAll("tbody tr").forEach(function (tr) {
            semua += 1;
            var sel = tr.children[k];
            var ok = cocokProv && (!tingkat || (sel && sel.textContent.trim() === tingkat));
            tr.hidden = !ok;
            if (ok) {
              adaBaris += 1;
            }
          });
        });
      });
      tampil += adaBaris;
      b.elemen.forEach(function (el) {
        el.hidden = adaBaris === 0;
      });
    });
    var out = form.querySelector("output");
    if (out) {
      out.textContent = "Menampilkan " + tampil + " dari " + semua + " satker.";
    }
  }

  function pasang() {
    document.querySelectorAll("form[data-lakip-saring]").forEach(function (form) {
      form.hidden = false;
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
      });
      form.querySelectorAll("select").forEach(function (s) {
        s.addEventListener("change", function () {
          saring(form);
        });
      });
      saring(form);
    });
  }

  /* Wide tables and charts scroll inside their box: make such a box reachable with the keyboard. */
  function gulirTerjangkau() {
    document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset table, .lakip-grafik__gulir").forEach(function (el) {
      var meluber = el.scrollWidth > el.clientWidth + 1;
      if (meluber && el.tabIndex < 0) {
        el.tabIndex = 0;
        el.setAttribute("data-lakip-gulir", "");
      } else if (!meluber && el.hasAttribute("data-lakip-gulir")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-lakip-gulir");
      }
    });
  }

  function mulai() {
    pasang();
    gulirTerjangkau();
    window.addEventListener("resize", gulirTerjangkau);
    window.addEventListener("load", gulirTerjangkau);  /* Material wraps tables after DOMContentLoaded */
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulai);
  } else {
    mulai();
  }
})();
