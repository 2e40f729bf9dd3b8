# Latency and memory against corpus size, from bench/out/plot.dat (written by `ChatBot.Bench report`).
# Run by bench/run: gnuplot -e "data='...'; output='...'" bench/plot.gp
if (!exists("data")) data = 'bench/out/plot.dat'
if (!exists("output")) output = 'bench/results.png'

set terminal pngcairo size 1200,900 font 'DejaVu Sans,10'
set output output
set multiplot layout 2,1 title 'ChatBot: latency and memory against corpus size'
set logscale x
set xlabel 'stories indexed (log scale)'
set grid
set key outside right top vertical Left reverse width -2
set xrange [3:50000]
# Same plot area in both panels, whatever their keys' widths, so the corpus sizes line up.
set lmargin at screen 0.08
set rmargin at screen 0.66
set format x '%.0f'

set logscale y
set ylabel 'milliseconds (log scale)'
set yrange [0.1:5000]
set title 'Latency (200 questions in one process; cold ask is a whole process)'
plot data using 1:3 with linespoints lw 2 pt 7 title 'full answer p95', \
     data using 1:2 with linespoints lw 2 pt 6 title 'full answer p50', \
     data using 1:4 with linespoints lw 2 pt 5 title 'retrieval p95', \
     data using 1:5 with linespoints lw 2 pt 4 title 'raw FTS5 p95 (floor)', \
     data using 1:6 with linespoints lw 2 pt 9 lc rgb '#555555' title 'cold ask (process start to answer)', \
     50 with lines dt 2 lc rgb 'red' title 'target: answer p95 < 50 ms'

unset logscale y
set ylabel 'peak RSS, MB'
set yrange [0:*]
set title 'Memory (peak resident set, /usr/bin/time -v)'
plot data using 1:7 with linespoints lw 2 pt 7 title 'indexing', \
     data using 1:8 with linespoints lw 2 pt 5 title 'serving 200 questions', \
     300 with lines dt 2 lc rgb 'red' title 'target: serving < 300 MB'
unset multiplot
