@echo off
rem Runs careguide.jar (the file beside this script) with JVM options for a batch job; see the sh script
rem "careguide" beside it for why. JAVA_HOME picks the Java; JAVA_OPTS and CAREGUIDE_OPTS are added after
rem careguide's own options, so they win. Arguments and the exit code pass through unchanged.
setlocal
set "CAREGUIDE_JVM_DEFAULTS=-XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
set "CAREGUIDE_JIT=-XX:TieredStopAtLevel=1"
if "%~1"=="import" set "CAREGUIDE_JIT="
if defined JAVA_HOME (set "JAVACMD=%JAVA_HOME%\bin\java.exe") else (set "JAVACMD=java")
"%JAVACMD%" %CAREGUIDE_JVM_DEFAULTS% %CAREGUIDE_JIT% %JAVA_OPTS% %CAREGUIDE_OPTS% -jar "%~dp0careguide.jar" %*
exit /b %ERRORLEVEL%
