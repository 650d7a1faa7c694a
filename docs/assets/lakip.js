/*
 * Saringan provinsi dan tingkat untuk daftar satker di beranda (direktif lakip portal);
 * tabel yang tidak muat di layar ponsel menjadi kartu per baris; kotak gulir dapat dijangkau
 * papan ketik dan diberi tanda arah gulir.
 *
 * Tanpa JavaScript semua tabel tampil (digulir ke samping bila lebar) dan formulir saringan
 * tetap tersembunyi (atribut hidden). Skrip ini tidak memuat apa pun dari luar situs.
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

  var PONSEL = "screen and (max-width: 44.9375em)";

  function tabelIsi() {
    return Array.prototype.slice.call(document.querySelectorAll(".md-typeset table:not([class])"));
  }

  /* Header text of every column (a header row with colspan spreads over its columns). */
  function labelKolom(tabel) {
    var label = [];
    Array.prototype.forEach.call(tabel.querySelectorAll("thead tr"), function (tr) {
      var i = 0;
      Array.prototype.forEach.call(tr.cells, function (sel) {
        var teks = sel.textContent.replace(/\s+/g, " ").trim();
        for (var k = 0; k < (sel.colSpan || 1); k++, i++) {
          if (teks && label[i] !== teks) {
            label[i] = label[i] ? label[i] + " – " + teks : teks;
          }
        }
      });
    });
    return label;
  }

  /* A column of long text (names, descriptions) keeps a readable width when its table scrolls. */
  function kolomTeks(tabel) {
    var kepala = tabel.querySelectorAll("thead tr:last-child th");
    var panjang = [];
    Array.prototype.forEach.call(tabel.querySelectorAll("tbody tr"), function (tr) {
      Array.prototype.forEach.call(tr.cells, function (sel, i) {
        panjang[i] = Math.max(panjang[i] || 0, sel.textContent.trim().length);
      });
    });
    Array.prototype.forEach.call(kepala, function (th, i) {
      th.classList.toggle("lakip-kolom-teks", (panjang[i] || 0) > 50);
    });
  }

  /* On a phone, a table that does not fit the screen becomes one card per row, each cell labelled
     with its column ("Capaian: 64,52 %"), instead of a table whose numbers are off-screen.
     Tables with cells spanning rows or columns keep scrolling sideways. */
  function bisaKartu(tabel) {
    return tabel.querySelector("thead th") && !tabel.querySelector("tbody [rowspan], tbody [colspan]");
  }

  function wadah(tabel) {
    var hasil = [];
    var el = tabel.parentElement;
    while (el && (el.classList.contains("md-typeset__table") || el.classList.contains("md-typeset__scrollwrap"))) {
      hasil.push(el);
      el = el.parentElement;
    }
    return hasil;
  }

  function lepasKartu(tabel) {
    if (tabel.hasAttribute("data-lakip-kartu")) {
      tabel.removeAttribute("data-lakip-kartu");
      wadah(tabel).forEach(function (w) {
        w.classList.remove("lakip-kartu-wadah");
      });
    }
  }

  function pasangKartu(tabel) {
    if (!tabel.hasAttribute("data-lakip-label")) {
      var label = labelKolom(tabel);
      Array.prototype.forEach.call(tabel.querySelectorAll("tbody tr"), function (tr) {
        Array.prototype.forEach.call(tr.cells, function (sel, i) {
          if (label[i]) {
            sel.setAttribute("data-label", label[i]);
          }
        });
      });
      tabel.setAttribute("data-lakip-label", "");
    }
    tabel.setAttribute("data-lakip-kartu", "");
    wadah(tabel).forEach(function (w) {
      w.classList.add("lakip-kartu-wadah");
    });
  }

  function kotakGulir(tabel) {
    var w = wadah(tabel);
    return w.length ? w[w.length - 1] : tabel;
  }

  function tataTabel() {
    var semua = tabelIsi();
    semua.forEach(lepasKartu);
    semua.forEach(kolomTeks);
    if (!(window.matchMedia && window.matchMedia(PONSEL).matches)) {
      return;
    }
    /* read every width first, then change the page: one layout, not one per table */
    var meluber = semua.filter(function (t) {
      var kotak = kotakGulir(t);
      return bisaKartu(t) && kotak.scrollWidth > kotak.clientWidth + 1;
    });
    meluber.forEach(pasangKartu);
  }

  /* Wide tables and charts scroll inside their box: make such a box reachable with the keyboard,
     and say which way it can still scroll (lakip.css fades that edge). */
  function arahGulir(el) {
    var kiri = el.scrollLeft > 1;
    var kanan = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    el.setAttribute("data-lakip-gulir", kiri && kanan ? "dua" : kanan ? "kanan" : kiri ? "kiri" : "ada");
  }

  function gulirTerjangkau() {
    document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset table, .lakip-grafik__gulir").forEach(function (el) {
      var meluber = el.scrollWidth > el.clientWidth + 1;
      if (meluber && (el.tabIndex < 0 || el.hasAttribute("data-lakip-gulir"))) {
        el.tabIndex = 0;
        arahGulir(el);
        if (!el.hasAttribute("data-lakip-dengar")) {
          el.setAttribute("data-lakip-dengar", "");
          el.addEventListener("scroll", function () {
            if (el.hasAttribute("data-lakip-gulir")) {
              arahGulir(el);
            }
          }, { passive: true });
        }
      } else if (!meluber && el.hasAttribute("data-lakip-gulir")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-lakip-gulir");
      }
    });
  }

  /* On a phone a long table (cards: one screen per row or two) shows its first rows and a button for
     the rest, so the chart and the next sections are not 60 screens down. Rows are hidden with an
     attribute of their own (lakip.css, phone screens only), not "hidden", which the home filter uses;
     the print and the desktop always show every row. */
  var LIPAT_MIN = 12;
  var LIPAT_TAMPIL = 6;

  function tombolLipat(tabel) {
    var sesudah = kotakGulir(tabel).nextElementSibling;
    return sesudah && sesudah.classList.contains("lakip-lipat") ? sesudah : null;
  }

  function aturLipat(tabel, buka) {
    var baris = tabel.tBodies.length ? tabel.tBodies[0].rows : [];
    Array.prototype.forEach.call(baris, function (tr, i) {
      if (!buka && i >= LIPAT_TAMPIL) {
        tr.setAttribute("data-lakip-lipat", "");
      } else {
        tr.removeAttribute("data-lakip-lipat");
      }
    });
    var t = tombolLipat(tabel);
    if (t) {
      t.setAttribute("aria-expanded", buka ? "true" : "false");
      t.textContent = buka ? "Ringkas tabel" : "Tampilkan semua " + baris.length + " baris";
    }
  }

  function lipatTabel() {
    var ponsel = window.matchMedia && window.matchMedia(PONSEL).matches;
    tabelIsi().forEach(function (tabel, n) {
      var panjang = tabel.tBodies.length && tabel.tBodies[0].rows.length > LIPAT_MIN;
      var t = tombolLipat(tabel);
      if (!(ponsel && panjang && !dalamPortal(tabel))) {
        if (t) {
          t.remove();
        }
        aturLipat(tabel, true);
        return;
      }
      if (!t) {
        if (!tabel.id) {
          tabel.id = "lakip-tabel-" + n;
        }
        t = document.createElement("button");
        t.type = "button";
        t.className = "lakip-lipat md-button";
        t.setAttribute("aria-controls", tabel.id);
        t.addEventListener("click", function () {
          aturLipat(tabel, t.getAttribute("aria-expanded") !== "true");
        });
        kotakGulir(tabel).insertAdjacentElement("afterend", t);
        aturLipat(tabel, false);
      }
    });
  }

  /* The home page's satker tables are filtered (saring) and stay whole. */
  function dalamPortal(tabel) {
    var el = kotakGulir(tabel);
    while (el && el.previousElementSibling) {
      el = el.previousElementSibling;
      if (el.hasAttribute("data-lakip-portal")) {
        return true;
      }
      if (el.hasAttribute("data-lakip-portal-akhir")) {
        return false;
      }
    }
    return false;
  }

  function tata() {
    tataTabel();
    lipatTabel();
    gulirTerjangkau();
  }

  /* The hierarchy of budget lines is indented with no-break spaces: keep them in the table, drop them
     on a card (lakip.css hides .lakip-inden there). */
  function tandaiInden() {
    document.querySelectorAll(".md-typeset table:not([class]) td").forEach(function (td) {
      var n = td.firstChild;
      if (n && n.nodeType === 3 && /^\u00a0{2,}/.test(n.nodeValue)) {
        var m = n.nodeValue.match(/^\u00a0+/)[0];
        var span = document.createElement("span");
        span.className = "lakip-inden";
        span.textContent = m;
        n.nodeValue = n.nodeValue.slice(m.length);
        td.insertBefore(span, n);
      }
    });
  }

  var tunda = null;

  function mulai() {
    pasang();
    tandaiInden();
    tata();
    window.addEventListener("resize", function () {
      window.clearTimeout(tunda);
      tunda = window.setTimeout(tata, 150);
    });
    window.addEventListener("load", tata);  /* Material wraps tables after DOMContentLoaded */
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulai);
  } else {
    mulai();
  }
})();
