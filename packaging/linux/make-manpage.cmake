# Writes a gzip'd man page: cmake -DTEMPLATE=X.1.in -DOUT=X.1.gz -DVERSION=V [-DCLI=huichang-cli] -P
# With CLI, the template's @HC_CLI_COMMANDS@ becomes the command list of `CLI --lang en --help`
# (one .TP entry per line "  usage   description", or per "  usage" line followed by an indented
# description line, between "Commands:" and the next heading),
# so the man page always lists what the program dispatches. gzip -9n: no name or time stamp in
# the archive (reproducible, as lintian wants).
foreach(var TEMPLATE OUT VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "make-manpage.cmake: -D${var}= missing")
  endif()
endforeach()

# Roff-escapes one line of help text.
function(hc_roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(HC_CLI_COMMANDS "")
if(DEFINED CLI)
  execute_process(COMMAND ${CLI} --lang en --help
    OUTPUT_VARIABLE help_out ERROR_VARIABLE help_err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} --lang en --help failed (${rc}): ${help_err}")
  endif()
  # A ";" inside a line would split it as a CMake list element: keep it as a placeholder.
  string(REPLACE ";" "HC_SEMICOLON" help_text "${help_err}${help_out}")
  string(REPLACE "\n" ";" lines "${help_text}")
  set(in_commands OFF)
  set(count 0)
  foreach(line IN LISTS lines)
    if(line STREQUAL "Commands:")
      set(in_commands ON)
    elseif(in_commands AND line MATCHES "^  ([^ ].*[^ ])  +([^ ].*)$")
      hc_roff_escape("${CMAKE_MATCH_1}" usage)
      hc_roff_escape("${CMAKE_MATCH_2}" what)
      string(APPEND HC_CLI_COMMANDS ".TP\n.B ${usage}\n${what}\n")
      math(EXPR count "${count} + 1")
    elseif(in_commands AND line MATCHES "^  ([^ ].*[^ ])$")
      # A synopsis too long for the summary column: its summary is on the next line.
      set(pending "${CMAKE_MATCH_1}")
    elseif(in_commands AND DEFINED pending AND line MATCHES "^    +([^ ].*)$")
      hc_roff_escape("${pending}" usage)
      hc_roff_escape("${CMAKE_MATCH_1}" what)
      string(APPEND HC_CLI_COMMANDS ".TP\n.B ${usage}\n${what}\n")
      math(EXPR count "${count} + 1")
      unset(pending)
    elseif(in_commands AND line MATCHES "^ ")
      # An indented line that is neither form: fail rather than silently drop the commands after it.
      message(FATAL_ERROR "make-manpage.cmake: cannot read the help line `${line}`")
    elseif(in_commands)
      set(in_commands OFF)
    endif()
  endforeach()
  if(count LESS 10)
    message(FATAL_ERROR "make-manpage.cmake: only ${count} commands found in `${CLI} --lang en --help`")
  endif()
  string(REGEX REPLACE "\n$" "" HC_CLI_COMMANDS "${HC_CLI_COMMANDS}")
  string(REPLACE "HC_SEMICOLON" ";" HC_CLI_COMMANDS "${HC_CLI_COMMANDS}")
endif()

set(HC_VERSION "${VERSION}")
# The date of the source, not of the build (reproducible): SOURCE_DATE_EPOCH when set.
string(TIMESTAMP HC_MAN_DATE "%Y-%m-%d" UTC)
configure_file(${TEMPLATE} ${OUT}.tmp @ONLY)
execute_process(COMMAND gzip -9nc ${OUT}.tmp OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip failed for ${OUT}")
endif()
file(REMOVE ${OUT}.tmp)
