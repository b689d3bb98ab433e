//! Charts drawn as inline SVG, from a chart block's typed series: stacked
//! bars, a heat map, an indicator's line against its path. Every text is
//! escaped; colours are CSS classes (`t-good`…) so print and screen agree.
//! Sizes are in the viewBox's units; the page scales the drawing to fit.

use super::escape::html as esc;
use crate::document::chart::{Bars, Better, Chart, ChartKind, Heat, Tone, Trajectory, Values};
use crate::lang::Lang;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const FONT: f64 = 12.0;
/// Longest label drawn in full; longer ones end in "…" (the full text is in
/// the hover title and the numbers table).
const LABEL_CHARS: usize = 28;

pub fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Good => "t-good",
        Tone::Fair => "t-fair",
        Tone::Neutral => "t-neutral",
        Tone::Watch => "t-watch",
        Tone::Warn => "t-warn",
        Tone::Bad => "t-bad",
        Tone::Severe => "t-severe",
        Tone::Muted => "t-muted",
        Tone::Faint => "t-faint",
    }
}

/// The chart as an `<svg>` element labelled by its title and text alternative
/// (`id` makes their ids unique in the page).
pub fn svg(chart: &Chart, id: &str, lang: Lang) -> String {
    let (h, body) = match &chart.kind {
        ChartKind::Bars(b) if b.horizontal => hbars(b, lang),
        ChartKind::Bars(b) => vbars(b, lang),
        ChartKind::Heat(h) => heat(h, lang),
        ChartKind::Trajectory(t) => trajectory(t, lang),
    };
    // Long names and many columns stay legible on a phone: the page lets
    // these scroll sideways rather than shrink (page.css).
    let wide = match &chart.kind {
        ChartKind::Bars(b) => b.horizontal,
        ChartKind::Heat(_) => true,
        ChartKind::Trajectory(_) => false,
    };
    let wide = if wide { " wide" } else { "" };
    format!(
        "<svg class=\"chart{wide}\" viewBox=\"0 0 {WIDTH} {h:.0}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{body}</svg>",
        esc(&chart.title),
        esc(&chart.alt)
    )
}

fn short(s: &str) -> String {
    if s.chars().count() <= LABEL_CHARS {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(LABEL_CHARS - 1).collect();
        t.push('…');
        t
    }
}

/// A round upper bound for an axis and its step: 1, 2 or 5 times a power of ten.
fn nice(max: f64) -> (f64, f64) {
    if !max.is_finite() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

/// As [`nice`], for counts: no tick between two whole numbers.
fn nice_count(max: f64) -> (f64, f64) {
    let (max, step) = nice(max);
    if step < 1.0 {
        (max.ceil().max(1.0), 1.0)
    } else {
        (max, step)
    }
}

fn num(v: f64, lang: Lang) -> String {
    lang.number(v, false)
}

fn totals(b: &Bars) -> Vec<f64> {
    (0..b.categories.len())
        .map(|i| {
            b.series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0.0))
                .sum()
        })
        .collect()
}

/// Columns, one per category (sections, years), stacked bottom up.
fn vbars(b: &Bars, lang: Lang) -> (f64, String) {
    let (left, top, plot_h, bottom) = (44.0, 12.0, 200.0, 40.0);
    let n = b.categories.len().max(1) as f64;
    let plot_w = WIDTH - left - 8.0;
    let slot = plot_w / n;
    let bar = (slot * 0.7).min(60.0);
    let (max, step) = nice_count(totals(b).into_iter().fold(0.0, f64::max));
    let y = |v: f64| top + plot_h - v / max * plot_h;
    let mut s = String::new();
    axis_y(&mut s, left, plot_w, max, step, &y, lang);
    for (i, cat) in b.categories.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut base = 0.0;
        for ser in &b.series {
            let v = ser.values.get(i).copied().unwrap_or(0.0);
            if v > 0.0 {
                let _ = write!(
                    s,
                    "<rect class=\"{}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{:.1}\"><title>{} – {}: {}</title></rect>",
                    tone_class(ser.tone),
                    y(base + v),
                    y(base) - y(base + v),
                    esc(cat),
                    esc(ser.label.text(lang)),
                    num(v, lang)
                );
            }
            base += v;
        }
        let _ = write!(
            s,
            "<text class=\"cat\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x + bar / 2.0,
            top + plot_h + FONT + 4.0,
            esc(&short(cat))
        );
    }
    (top + plot_h + bottom, s)
}

#[allow(clippy::too_many_arguments)]
fn axis_y(
    s: &mut String,
    left: f64,
    plot_w: f64,
    max: f64,
    step: f64,
    y: &dyn Fn(f64) -> f64,
    lang: Lang,
) {
    let mut v = 0.0;
    // The step divides max into at most ten or so ticks; the bound keeps a
    // rounding error from looping.
    for _ in 0..20 {
        if v > max + step / 2.0 {
            break;
        }
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left + plot_w,
            y(v),
            y(v),
            left - 4.0,
            y(v) + 4.0,
            num(v, lang)
        );
        v += step;
    }
}

/// Bars, one per category (agencies), long names on the left.
fn hbars(b: &Bars, lang: Lang) -> (f64, String) {
    let (left, top, row, right) = (220.0, 24.0, 22.0, 16.0);
    let plot_w = WIDTH - left - right;
    let (max, step) = nice_count(totals(b).into_iter().fold(0.0, f64::max));
    let x = |v: f64| left + v / max * plot_w;
    let mut s = String::new();
    let h = top + row * b.categories.len() as f64 + 8.0;
    let mut v = 0.0;
    for _ in 0..20 {
        if v > max + step / 2.0 {
            break;
        }
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x(v),
            x(v),
            top - 4.0,
            h - 8.0,
            x(v),
            top - 8.0,
            num(v, lang)
        );
        v += step;
    }
    for (i, cat) in b.categories.iter().enumerate() {
        let yy = top + row * i as f64;
        let _ = write!(
            s,
            "<text class=\"cat\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}<title>{}</title></text>",
            left - 6.0,
            yy + row / 2.0 + 4.0,
            esc(&short(cat)),
            esc(cat)
        );
        let mut base = 0.0;
        for ser in &b.series {
            let v = ser.values.get(i).copied().unwrap_or(0.0);
            if v > 0.0 {
                let _ = write!(
                    s,
                    "<rect class=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{} – {}: {}</title></rect>",
                    tone_class(ser.tone),
                    x(base),
                    yy + 3.0,
                    x(base + v) - x(base),
                    row - 6.0,
                    esc(cat),
                    esc(ser.label.text(lang)),
                    num(v, lang)
                );
            }
            base += v;
        }
    }
    (h, s)
}

/// A grid: one row per category, one column per measure, each cell's colour
/// as strong as its value against its column's largest.
fn heat(hm: &Heat, lang: Lang) -> (f64, String) {
    let (left, top, row) = (220.0, 150.0, 22.0);
    // Room on the right for the last column's slanted heading.
    let col = ((WIDTH - left - 70.0) / hm.columns.len().max(1) as f64).min(60.0);
    let mut s = String::new();
    for (j, c) in hm.columns.iter().enumerate() {
        let cx = left + col * j as f64 + col / 2.0;
        let label = c.label.text(lang);
        let _ = write!(
            s,
            "<text class=\"head\" transform=\"translate({cx:.1},{:.1}) rotate(-50)\">{}<title>{}</title></text>",
            top - 6.0,
            esc(&short(label)),
            esc(label)
        );
    }
    let maxes: Vec<f64> = (0..hm.columns.len())
        .map(|j| match hm.columns[j].values {
            Values::Percent => 100.0,
            _ => hm
                .cells
                .iter()
                .filter_map(|r| r.get(j).copied().flatten())
                .fold(0.0, f64::max),
        })
        .collect();
    for (i, (name, values)) in hm.rows.iter().zip(&hm.cells).enumerate() {
        let yy = top + row * i as f64;
        let _ = write!(
            s,
            "<text class=\"cat\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}<title>{}</title></text>",
            left - 6.0,
            yy + row / 2.0 + 4.0,
            esc(&short(name)),
            esc(name)
        );
        for (j, c) in hm.columns.iter().enumerate() {
            let x = left + col * j as f64;
            let v = values.get(j).copied().flatten();
            let (class, strength) = match (v, c.better) {
                (None, _) => ("t-faint", 0.4),
                (Some(v), better) => {
                    let share = if maxes[j] > 0.0 { v / maxes[j] } else { 0.0 };
                    let class = match better {
                        Better::Higher => "t-good",
                        Better::Lower => "t-bad",
                        Better::Neither => "t-neutral",
                    };
                    (class, 0.08 + 0.8 * share.clamp(0.0, 1.0))
                }
            };
            let text = v.map(|v| num(v, lang)).unwrap_or_default();
            let _ = write!(
                s,
                "<rect class=\"{class}\" fill-opacity=\"{strength:.2}\" x=\"{x:.1}\" y=\"{yy:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{} – {}: {}</title></rect><text class=\"val{}\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                col - 2.0,
                row - 2.0,
                esc(name),
                esc(c.label.text(lang)),
                esc(&text),
                if strength > 0.55 { " on-dark" } else { "" },
                x + col / 2.0 - 1.0,
                yy + row / 2.0 + 3.0,
                esc(&text)
            );
        }
    }
    (top + row * hm.rows.len() as f64 + 8.0, s)
}

/// An indicator over the years: the actuals as a solid line with dots, each
/// target's path needed as a dashed line, each target as a diamond.
fn trajectory(t: &Trajectory, lang: Lang) -> (f64, String) {
    let (left, top, plot_h, bottom) = (56.0, 14.0, 180.0, 30.0);
    let plot_w = WIDTH - left - 20.0;
    let points = t.legs.iter().flat_map(|l| l.points.iter());
    let years: Vec<i32> = points.clone().map(|p| p.year).collect();
    let (Some(&y0), Some(&y1)) = (years.iter().min(), years.iter().max()) else {
        return (40.0, String::new());
    };
    let values: Vec<f64> = points
        .flat_map(|p| [p.actual, p.path])
        .flatten()
        .filter(|v| v.is_finite())
        .collect();
    let (lo, hi, step) = value_axis(&values);
    // Figures near f64's limits (1e308) leave no finite scale: the chart says
    // so by drawing nothing; its numbers table still has them.
    if !(hi - lo).is_finite() || hi - lo <= 0.0 {
        return (40.0, String::new());
    }
    let span_years = f64::from((y1 - y0).max(1));
    let x = |yr: i32| left + f64::from(yr - y0) / span_years * plot_w;
    let y = |v: f64| top + plot_h - (v - lo) / (hi - lo) * plot_h;
    let mut s = String::new();
    let mut v = lo;
    for _ in 0..20 {
        if v > hi + step / 2.0 {
            break;
        }
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left + plot_w,
            y(v),
            y(v),
            left - 4.0,
            y(v) + 4.0,
            num(v, lang)
        );
        v += step;
    }
    // Year labels: every year when there are few, else every few years.
    let every = ((y1 - y0) / 10 + 1).max(1);
    for yr in (y0..=y1).filter(|yr| (yr - y0) % every == 0) {
        let _ = write!(
            s,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{yr}</text>",
            x(yr),
            top + plot_h + FONT + 4.0
        );
    }
    for leg in &t.legs {
        let path: Vec<(f64, f64)> = leg
            .points
            .iter()
            .filter_map(|p| p.path.filter(|v| v.is_finite()).map(|v| (x(p.year), y(v))))
            .collect();
        if path.len() > 1 {
            let _ = write!(s, "<polyline class=\"path\" points=\"{}\"/>", coords(&path));
        }
        // The actual line breaks where a year is missing.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for p in leg.points.iter().map(Some).chain([None]) {
            match p.and_then(|p| p.actual.filter(|v| v.is_finite()).map(|v| (p.year, v))) {
                Some((yr, v)) => {
                    run.push((x(yr), y(v)));
                    let _ = write!(
                        s,
                        "<circle class=\"actual\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\"><title>{yr}: {}</title></circle>",
                        x(yr),
                        y(v),
                        num(v, lang)
                    );
                }
                None => {
                    if run.len() > 1 {
                        let _ = write!(
                            s,
                            "<polyline class=\"actual\" points=\"{}\"/>",
                            coords(&run)
                        );
                    }
                    run.clear();
                }
            }
        }
        if let Some((yr, g)) = leg.goal.filter(|(_, g)| g.is_finite()) {
            let (cx, cy) = (x(yr), y(g));
            let _ = write!(
                s,
                "<path class=\"goal\" d=\"M{cx:.1} {:.1}l6 6l-6 6l-6 -6z\"><title>{}</title></path>",
                cy - 6.0,
                esc(&leg.heading)
            );
        }
    }
    (top + plot_h + bottom, s)
}

/// The value axis of a line chart: from 0 when the values are all positive
/// and not far from it, else from a round number under the smallest, so
/// that a change from 45 to 46,5 is seen.
fn value_axis(values: &[f64]) -> (f64, f64, f64) {
    let hi = values.iter().copied().fold(f64::MIN, f64::max);
    let lo = values.iter().copied().fold(f64::MAX, f64::min);
    if values.is_empty() || hi <= lo {
        let base = if values.is_empty() { 0.0 } else { lo.floor() };
        return (base - 1.0, base + 1.0, 1.0);
    }
    let lo = if lo >= 0.0 && lo <= hi / 2.0 {
        0.0
    } else {
        lo - (hi - lo) * 0.1
    };
    let (_, step) = nice(hi - lo);
    let lo = (lo / step).floor() * step;
    let (span, step) = nice(hi - lo);
    (lo, lo + span, step)
}

fn coords(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice(0.0), (1.0, 1.0));
        assert_eq!(nice(7.0), (8.0, 2.0));
        assert_eq!(nice(114.0), (150.0, 50.0));
        assert_eq!(nice(f64::NAN), (1.0, 1.0));
        assert_eq!(nice_count(1.0), (1.0, 1.0));
        assert_eq!(nice_count(3.0), (3.0, 1.0));
    }

    #[test]
    fn a_line_chart_shows_a_small_change() {
        let (lo, hi, _) = value_axis(&[45.0, 46.5, 44.0]);
        assert!(lo > 30.0 && lo <= 44.0, "{lo}");
        assert!(hi >= 46.5, "{hi}");
        assert_eq!(value_axis(&[1.0, 8.0]).0, 0.0);
        assert_eq!(value_axis(&[]), (-1.0, 1.0, 1.0));
        let (lo, hi, _) = value_axis(&[5.0]);
        assert!(lo < 5.0 && hi > 5.0);
    }

    #[test]
    fn figures_without_a_finite_scale_draw_nothing() {
        use crate::document::chart::{Leg, Point};
        let t = Trajectory {
            measure: crate::catalogue::ChartWord::Level,
            legs: vec![Leg {
                heading: "x".into(),
                goal: Some((2025, f64::MAX)),
                points: vec![
                    Point {
                        year: 2024,
                        actual: Some(-f64::MAX),
                        path: Some(f64::MAX),
                    },
                    Point {
                        year: 2025,
                        actual: None,
                        path: Some(f64::MAX),
                    },
                ],
            }],
        };
        let (_, body) = trajectory(&t, Lang::En);
        assert!(!body.contains("NaN") && !body.contains("inf"), "{body}");
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        let s = short(&"x".repeat(40));
        assert_eq!(s.chars().count(), LABEL_CHARS);
        assert!(s.ends_with('…'));
        assert_eq!(short("Sở Tài chính"), "Sở Tài chính");
    }
}
