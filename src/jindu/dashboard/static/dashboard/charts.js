/* jindu dashboards: draw each [data-chart] element with ECharts from the data the page embeds
   with json_script. Figures arrive as decimal strings rounded as displayed. The charts' own words
   (legend, axis names, months) come translated in the data-* attributes of this script's tag
   (dashboard/_charts.html); ECharts' locale follows the page's language. */
(function () {
  "use strict";
  var TEXT = document.currentScript.dataset;
  var MONTHS = TEXT.months.split(",");
  var LOCALE = document.documentElement.lang.indexOf("en") === 0 ? "EN" : "ZH";
  var COLOURS = {
    done: "#15803d", ahead: "#1d4ed8", behind: "#b45309", far_behind: "#b91c1c", missing: "#6b7280"
  };
  function num(x) { return x === null || x === undefined ? null : Number(x); }
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }

  var charts = {
    status: function (counts) {
      return {
        tooltip: { trigger: "item" },
        series: [{
          type: "pie", radius: ["45%", "75%"], label: { formatter: "{b} {c}" },
          data: counts.filter(function (c) { return c.count > 0; }).map(function (c) {
            return { name: c.label, value: c.count, itemStyle: { color: COLOURS[c.status] } };
          })
        }]
      };
    },
    series: function (d) {
      var months = d.months.map(function (m) { return MONTHS[m - 1]; });
      var lines = [
        { name: TEXT.thisYear, data: d.this_year, color: "#b3261e", width: 3 },
        { name: TEXT.lastYear, data: d.last_year, color: "#9ca3af", width: 2 }
      ];
      if (d.target.length) {
        lines.push({ name: TEXT.target, data: d.target, color: "#15803d", width: 1, dashed: true });
        lines.push({ name: TEXT.pace, data: d.pace, color: "#1d4ed8", width: 1, dashed: true });
      }
      return {
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 60, right: 20, top: 40, bottom: 30 },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value", scale: true },
        series: lines.map(function (l) {
          return {
            name: l.name, type: "line", data: l.data.map(num), connectNulls: false,
            itemStyle: { color: l.color },
            lineStyle: { width: l.width, type: l.dashed ? "dashed" : "solid" },
            symbol: l.dashed ? "none" : "circle"
          };
        })
      };
    },
    children: function (rows) {
      var growth = rows.length && rows[0].completion_rate === null && rows[0].yoy_growth !== null;
      return {
        tooltip: { trigger: "axis" },
        grid: { left: 50, right: 90, top: 30, bottom: 40 },
        xAxis: { type: "category", data: rows.map(function (r) { return r.region.name; }) },
        yAxis: { type: "value", name: growth ? TEXT.yoy : TEXT.completion },
        series: [{
          type: "bar",
          data: rows.map(function (r) {
            return {
              value: num(growth ? r.yoy_growth : r.completion_rate),
              itemStyle: { color: COLOURS[r.status_key] || "#9ca3af" }
            };
          }),
          markLine: growth || !rows.length ? undefined : {
            symbol: "none", label: { formatter: TEXT.timeProgress },
            data: [{ yAxis: num(rows[0].time_progress) }]
          }
        }]
      };
    },
    ranking: function (rows) {
      var sorted = rows.slice().reverse();
      return {
        tooltip: { trigger: "axis" },
        grid: { left: 80, right: 40, top: 10, bottom: 30 },
        xAxis: { type: "value", max: 100 },
        yAxis: { type: "category", data: sorted.map(function (r) { return r.unit.name; }) },
        series: [{
          type: "bar", label: { show: true, position: "right" },
          itemStyle: { color: "#b3261e" },
          data: sorted.map(function (r) { return num(r.score); })
        }]
      };
    },
    gauge: function (score) {
      return {
        series: [{
          type: "gauge", min: 0, max: 100, progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } }, axisTick: { show: false },
          splitLine: { show: false }, axisLabel: { show: false }, pointer: { show: false },
          title: { offsetCenter: [0, "35%"] },
          detail: { formatter: "{value}", fontSize: 26, offsetCenter: [0, "0%"] },
          itemStyle: { color: "#b3261e" },
          data: [{ value: num(score), name: TEXT.score }]
        }]
      };
    }
  };

  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var chart = echarts.init(el, null, { locale: LOCALE });
    var option = charts[el.dataset.chart](read(el.dataset.source));
    option.animation = false; /* drawn at once: printable, and screenshots show it */
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
